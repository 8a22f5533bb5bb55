// One virtual browser for bench/desk-scale.ts: its own keep-alive connections to the server
// (node:http Agent, at most 6 at a time, as a browser holds per origin), so a desk of a thousand
// people holds about a thousand idle connections, each handed to one server process by the cluster
// primary as a browser's would be; not one pool shared by every virtual user, which would
// keep a handful of connections warm and skew the load onto whichever process holds them.
// Asks for compressed answers as a browser does (the server pays for the gzip) and reads them to
// the last byte; never throws (no response is status 0). Also follows a Server-Sent Events
// stream as EventSource does, for the consensus page's live updates.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Reply } from './http-client';

export type BrowserReply = Reply & { firstByteMs: number };

export type RequestOptions = { json?: unknown; headers?: Record<string, string>; read?: 'text' | 'count'; timeoutMs?: number };

export type EventStream = {
  /** The stream's answer: status and time to its headers (the body is the stream); null when close() came first. */
  opened: Promise<BrowserReply | null>;
  /** Resolves when the stream ends; `dropped` when the server ended it before close() was called. */
  ended: Promise<{ dropped: boolean; error?: string }>;
  close(): void;
};

const ACCEPT_ENCODING = 'gzip, deflate, br';

function decode(body: Buffer, encoding: string | undefined): string {
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'deflate') return inflateSync(body).toString('utf8');
  return body.toString('utf8');
}

function headersOf(response: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * What a browser says of the request's kind: a page opened is a navigation (HTML asked for, Sec-Fetch-Dest
 * document); the page's own API calls and RSC fetches (an `rsc` header) are fetch(). The server sends the
 * interface's catalogue with a whole document only (lib/server/http/document-request.ts).
 */
function fetchMetadata(method: string, pathname: string, headers: Record<string, string> | undefined): Record<string, string> {
  const navigation = method === 'GET' && !pathname.startsWith('/api/') && headers?.rsc === undefined;
  return navigation ? NAVIGATION_HEADERS : { accept: '*/*', 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'cors' };
}

/** A browser's navigation to a page (Chromium's headers). */
export const NAVIGATION_HEADERS: Record<string, string> = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' };

export class VirtualBrowser {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
  private readonly url: URL;

  constructor(
    baseUrl: string,
    readonly cookie: string,
  ) {
    this.url = new URL(baseUrl);
  }

  request(method: string, pathname: string, options: RequestOptions = {}): Promise<BrowserReply> {
    const started = performance.now();
    const body = options.json === undefined ? undefined : Buffer.from(JSON.stringify(options.json));
    return new Promise((resolve) => {
      let firstByteMs = 0;
      const fail = (error: Error) => resolve({ status: 0, ms: performance.now() - started, firstByteMs, body: '', bytes: 0, headers: null, error: `${error.name}: ${error.message}` });
      const request = http.request(
        {
          agent: this.agent,
          hostname: this.url.hostname,
          port: this.url.port,
          method,
          path: pathname,
          headers: {
            cookie: this.cookie,
            'accept-encoding': ACCEPT_ENCODING,
            ...fetchMetadata(method, pathname, options.headers),
            ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
            ...options.headers,
          },
          timeout: options.timeoutMs ?? 60_000,
        },
        (response) => {
          firstByteMs = performance.now() - started;
          const chunks: Buffer[] = [];
          let bytes = 0;
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (options.read !== 'count') chunks.push(chunk);
          });
          response.on('error', fail);
          response.on('end', () => {
            const ms = performance.now() - started;
            let text = '';
            try {
              text = options.read === 'count' ? '' : decode(Buffer.concat(chunks), response.headers['content-encoding']);
            } catch (error) {
              return fail(error as Error);
            }
            resolve({ status: response.statusCode ?? 0, ms, firstByteMs, body: text, bytes, headers: headersOf(response) });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs ?? 60_000} ms`)));
      request.on('error', fail);
      request.end(body);
    });
  }

  /**
   * GET `pathname` as an event stream; `onEvent` gets each event's name and data. The stream is
   * not reopened when it ends (the bench counts a drop instead: EventSource would reconnect).
   */
  events(pathname: string, onEvent: (name: string, data: string) => void): EventStream {
    const started = performance.now();
    let closedByUs = false;
    let settleOpened!: (reply: BrowserReply | null) => void;
    let settleEnded!: (result: { dropped: boolean; error?: string }) => void;
    const opened = new Promise<BrowserReply | null>((resolve) => (settleOpened = resolve));
    const ended = new Promise<{ dropped: boolean; error?: string }>((resolve) => (settleEnded = resolve));
    const request = http.request(
      { agent: this.agent, hostname: this.url.hostname, port: this.url.port, method: 'GET', path: pathname, headers: { cookie: this.cookie, accept: 'text/event-stream', 'cache-control': 'no-cache' } },
      (response) => {
        const ms = performance.now() - started;
        const status = response.statusCode ?? 0;
        if (status !== 200) {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            settleOpened({ status, ms, firstByteMs: ms, body: text, bytes: text.length, headers: headersOf(response) });
            settleEnded({ dropped: false });
          });
          return;
        }
        settleOpened({ status, ms, firstByteMs: ms, body: '', bytes: 0, headers: headersOf(response) });
        let buffered = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffered += chunk;
          for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
            const block = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            let name = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) name = line.slice(6).trim();
              else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
            }
            if (data.length > 0) onEvent(name, data.join('\n'));
          }
        });
        response.on('error', (error) => settleEnded({ dropped: !closedByUs, error: error.message }));
        response.on('close', () => settleEnded({ dropped: !closedByUs }));
      },
    );
    request.on('error', (error) => {
      if (closedByUs) settleOpened(null);
      settleOpened({ status: 0, ms: performance.now() - started, firstByteMs: 0, body: '', bytes: 0, headers: null, error: `${error.name}: ${error.message}` });
      settleEnded({ dropped: !closedByUs, error: error.message });
    });
    request.end();
    return {
      opened,
      ended,
      close() {
        closedByUs = true;
        request.destroy();
      },
    };
  }

  /** Closes the idle connections (the browser is closed). */
  close(): void {
    this.agent.destroy();
  }
}
