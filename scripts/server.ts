// The app's HTTP server (`npm start` runs it after preparing the database):
// Next.js's request handler behind node:http. It exists for what `next start`
// cannot do: tell the app each request's TCP peer (route handlers never see the
// socket, and X-Forwarded-For is whatever the client wrote unless a trusted
// proxy wrote it; see lib/server/http/client-address.ts), answer the methods
// Next.js cannot represent (TRACE, CONNECT), and own the keep-alive and
// graceful-shutdown settings.
//
// Under `npm start` it is one of WEB_CONCURRENCY cluster workers (scripts/server-processes.ts):
// it reports { ready: url } to the primary over IPC when it listens, then { alive } every few
// seconds, and runs the outbound job workers unless started with --no-outbound.
import cluster from 'node:cluster';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { register } from 'node:module';
import path from 'node:path';
import { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import next from 'next';
import onHeaders from 'on-headers';
import { type Config, ConfigError, config, setConfigEnv } from '../lib/config';
import { ENCODED_BODY_HEADER, ENCODED_BODY_SERVER_MARK, adoptedEncoding } from '../lib/server/http/encoded-body';
import { PEER_HEADER, PEER_SERVER_MARK } from '../lib/security/peer-header';
import { coalesceFlushes } from './coalesce-flushes';
import { watchEventLoop } from './event-loop-watch';
import { HEARTBEAT_INTERVAL_MS, type WorkerMessage } from './server-processes';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const settings = ((): Config => {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[corroborate] could not start. ${error.message}`);
    process.exit(1);
  }
})();

(globalThis as Record<symbol, unknown>)[PEER_SERVER_MARK] = true;
(globalThis as Record<symbol, unknown>)[ENCODED_BODY_SERVER_MARK] = true;
// next-auth takes its origin from NEXTAUTH_URL, else (with AUTH_TRUST_HOST) from X-Forwarded-Host, which
// proxy.ts rewrites to the host this deployment trusts (the Host header unless TRUST_PROXY is set).
if (!settings.publicUrl) setConfigEnv({ AUTH_TRUST_HOST: 'true' });

const app = next({ dev, dir: PROJECT_ROOT, hostname: settings.hostnameBind, port: settings.port });
const handle = app.getRequestHandler();

await app.prepare();

/**
 * The outbound workers (webhooks, email, reminders) run in this process, outside Next.js's bundles;
 * lib/server code is loaded here with `server-only` resolved as Next.js resolves it on the server.
 * Started once the server listens: no request needs them, and the queue's start (on a first run, creating
 * its tables) would otherwise hold the app's readiness. The app serves without them if the queue cannot
 * start (jobs wait in the database for the next start).
 */
async function startOutbound(): Promise<typeof import('../lib/server/outbound/outbound-process')> {
  register('./server-only-resolve.mjs', import.meta.url);
  const outbound = await import('../lib/server/outbound/outbound-process');
  if (!process.argv.includes('--no-outbound')) {
    await outbound.runOutboundWorkers().catch((error: unknown) => console.error(`[corroborate] the outbound workers did not start: ${error instanceof Error ? error.message : String(error)}`));
  }
  return outbound;
}
let outbound: ReturnType<typeof startOutbound> | null = null;

/** To the parent (the cluster primary under `npm start`), when there is one to hear it. */
function tell(message: WorkerMessage): void {
  if (process.connected) process.send?.(message);
}

/**
 * TRACE and CONNECT: methods the Fetch standard forbids in a Request, and Next.js makes one of every
 * request before proxy.ts runs, so TRACE threw (a 500 and a stack trace in the log) and CONNECT never
 * reached a listener (Node closed the connection without a word). The workbench serves neither on any
 * resource (TRACE echoes a request back, the old cross-site-tracing trick; CONNECT asks for a tunnel):
 * 501 Not Implemented, here, before Next.js. Every other method Node's parser accepts reaches proxy.ts,
 * which answers 405 with the route's Allow; tokens Node cannot parse (FOO) get Node's own 400.
 */
const UNSERVABLE = new Set(['TRACE', 'CONNECT']);
const REFUSAL_HEADERS = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
};
const notImplemented = (method: string) => `${method} is not implemented by this server.\n`;

/**
 * Open event streams (GET /api/events) never finish by themselves, so a graceful shutdown would
 * wait the whole grace period for them: it ends them instead, and the browsers' EventSource
 * reconnects (to another process, behind a load balancer) and the page reads afresh.
 */
const eventStreams = new Set<ServerResponse>();

/**
 * Compression is this server's, not Next.js's (next.config.js: compress: false), with the package
 * and version Next.js compiles in (compression 1.7.5: gzip or deflate of a compressible type, with
 * Vary: Accept-Encoding; an event stream's no-transform leaves it alone), so that a route handler
 * can send a body it compressed once and cached (lib/server/http/cached-json.ts): Next.js drops a
 * route's own Content-Encoding, so the route names it in ENCODED_BODY_HEADER, and this turns the
 * name into Content-Encoding before the compression's own look at the headers, which then leaves
 * an encoded body alone (on-headers runs the listener added last first).
 */
const compress = compression();
function compressing(request: IncomingMessage, response: ServerResponse): void {
  compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => undefined);
  coalesceFlushes(response);
  // As Next.js does around the same package: a client that hangs up mid-answer leaves the zlib
  // stream unended, and it would leak past garbage collection.
  response.once('close', () => {
    if (!response.writableFinished) releaseCompressionStream(response);
  });
  onHeaders(response, () => {
    const named = response.getHeader(ENCODED_BODY_HEADER);
    if (named === undefined) return;
    response.removeHeader(ENCODED_BODY_HEADER);
    const encoding = adoptedEncoding(named);
    if (encoding) response.setHeader('Content-Encoding', encoding);
  });
}

/**
 * The zlib stream compression 1.7.5 wrapped around `response`, destroyed. The package keeps it
 * private; its `on('drain')` hands back the stream once there is one (Next.js's own
 * release-compression-stream.ts relies on the same), else the response itself.
 */
function releaseCompressionStream(response: ServerResponse): void {
  const noop = () => undefined;
  const stream: unknown = response.on('drain', noop);
  if (stream === response || !(stream instanceof Duplex)) {
    response.off('drain', noop);
    return;
  }
  stream.destroy();
}

const server = createServer((request, response) => {
  if (UNSERVABLE.has(request.method ?? '')) {
    response.writeHead(501, REFUSAL_HEADERS);
    response.end(notImplemented(request.method ?? ''));
    return;
  }
  // Overwrites any value a client sent under this name.
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
  // Shutting down: the client (a load balancer) is told not to send another request on this connection.
  if (stopping) response.shouldKeepAlive = false;
  if (request.url?.startsWith('/api/events')) {
    eventStreams.add(response);
    response.on('close', () => eventStreams.delete(response));
  }
  compressing(request, response);
  void handle(request, response);
});
// A CONNECT request hands over the raw socket: the answer is written on it, then it is closed.
server.on('connect', (_request, socket: Duplex) => {
  socket.on('error', () => socket.destroy()); // a client that hangs up first needs no answer
  const body = notImplemented('CONNECT');
  const head = Object.entries({ ...REFUSAL_HEADERS, 'Content-Length': Buffer.byteLength(body), Connection: 'close' }).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 501 Not Implemented\r\n${head.join('\r\n')}\r\n\r\n${body}`);
});
// Idle connections are kept longer than load balancers (60 s) and HTTP clients keep them, so a
// client never reuses one at the moment the server closes it (ECONNRESET on a POST that cannot be
// retried). Headers must be allowed to take longer than that, as Node requires.
server.keepAliveTimeout = settings.keepAliveTimeoutMs;
server.headersTimeout = settings.keepAliveTimeoutMs + 1_000;
if (dev) {
  const upgrade = app.getUpgradeHandler();
  server.on('upgrade', (request, socket, head) => void upgrade(request, socket, head));
}

// A listen error (the port taken, an address not on this machine) ends the process: Next.js's
// uncaught-exception handler would log it and keep a process that serves nothing.
server.on('error', (error) => {
  console.error(`[corroborate] cannot listen on ${settings.hostnameBind}:${settings.port}: ${error.message}`);
  process.exit(1);
});
server.listen(settings.port, settings.hostnameBind, () => {
  const url = `http://${settings.hostnameBind === '0.0.0.0' ? 'localhost' : settings.hostnameBind}:${settings.port}`;
  if (process.send) tell({ ready: url });
  else console.log(`[corroborate] listening on ${url}`);
  if (cluster.isWorker) setInterval(() => tell({ alive: true }), HEARTBEAT_INTERVAL_MS).unref();
  // Windows of 10 s; a hold of a quarter of a second is one a person waiting on a request notices.
  // A warning, so LOG_LEVEL=error leaves it out as it does the app's own.
  if (settings.logLevel !== 'error') watchEventLoop({ windowMs: 10_000, warnMs: 250, write: (line) => process.stdout.write(line) });
  outbound = startOutbound();
});

let stopping = false;
/**
 * Stops accepting connections, closes idle keep-alive connections at once, lets
 * in-flight requests finish, then exits; forced after SHUTDOWN_GRACE_SECONDS so a
 * hanging request cannot hold a deploy.
 */
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), settings.shutdownGraceSeconds * 1000).unref();
  server.close(() => {
    void Promise.resolve(outbound)
      .then((started) => started?.stopOutboundWorkers())
      .catch(() => undefined)
      .then(() => app.close())
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
  server.closeIdleConnections();
  // A connection whose request was in flight turns idle once answered, and Node's close() would leave it
  // open (a load balancer keeps it for reuse) until the grace period forces the exit: swept as it does.
  setInterval(() => server.closeIdleConnections(), 250).unref();
  for (const stream of eventStreams) stream.destroy();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
