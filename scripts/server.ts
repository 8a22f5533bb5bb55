// The app's HTTP server (`npm start` runs it after preparing the database):
// Next.js's request handler behind node:http. It exists for what `next start`
// cannot do: tell the app each request's TCP peer (route handlers never see the
// socket, and X-Forwarded-For is whatever the client wrote unless a trusted
// proxy wrote it; see lib/server/http/client-address.ts), and own the
// keep-alive and graceful-shutdown settings.
//
// Reports { ready: url } to the parent over IPC when it listens (scripts/start.ts
// then prints the sign-in banner).
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { type Config, ConfigError, config, setConfigEnv } from '../lib/config';
import { PEER_HEADER, PEER_SERVER_MARK } from '../lib/security/peer-header';

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
// next-auth takes its origin from NEXTAUTH_URL, else (with AUTH_TRUST_HOST) from X-Forwarded-Host, which
// proxy.ts rewrites to the host this deployment trusts (the Host header unless TRUST_PROXY is set).
if (!settings.publicUrl) setConfigEnv({ AUTH_TRUST_HOST: 'true' });

const app = next({ dev, dir: PROJECT_ROOT, hostname: settings.hostnameBind, port: settings.port });
const handle = app.getRequestHandler();

await app.prepare();

const server = createServer((request, response) => {
  // Overwrites any value a client sent under this name.
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
  void handle(request, response);
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

server.listen(settings.port, settings.hostnameBind, () => {
  const url = `http://${settings.hostnameBind === '0.0.0.0' ? 'localhost' : settings.hostnameBind}:${settings.port}`;
  if (process.send) process.send({ ready: url });
  else console.log(`[corroborate] listening on ${url}`);
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
    void app.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
