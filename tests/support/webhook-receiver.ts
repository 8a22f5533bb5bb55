// A real HTTP server on 127.0.0.1 standing in for a newsroom system: it records every
// delivery (headers and exact body) and answers with what the test scripts per request.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { at: number; path: string; deliveryId: string; event: string; signature: string; body: string };

export type WebhookReceiver = {
  url: string;
  received: Received[];
  /** Decides the answer to each request (default 200 at once); may wait. */
  answer: (request: Received) => Promise<number> | number;
  close(): Promise<void>;
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startWebhookReceiver(path = '/hook'): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = { url: '', received: [], answer: () => 200, close: async () => undefined };
  const server: Server = createServer((request, response) => {
    void readBody(request).then(async (body) => {
      const entry: Received = {
        at: Date.now(),
        path: request.url ?? '',
        deliveryId: String(request.headers['x-corroborate-delivery'] ?? ''),
        event: String(request.headers['x-corroborate-event'] ?? ''),
        signature: String(request.headers['x-corroborate-signature'] ?? ''),
        body,
      };
      receiver.received.push(entry);
      const status = await receiver.answer(entry);
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  receiver.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
