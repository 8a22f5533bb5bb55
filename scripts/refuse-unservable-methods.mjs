// Loaded into the Next.js server process before Next creates its HTTP server
// (`node --import`, scripts/start.ts). TRACE and CONNECT are methods the
// Fetch standard forbids in a Request, and Next.js makes one of every request
// before proxy.ts runs: for TRACE that throws, and the client got a 500 with a
// stack trace in the log. CONNECT never reaches a request listener: Node closes
// the connection without a word. The workbench serves neither on any resource
// (TRACE echoes a request back, the old cross-site-tracing trick; CONNECT asks
// for a tunnel), so both are answered here, 501 Not Implemented, before Next.js.
// Every other method Node's parser accepts reaches proxy.ts, which answers 405
// with the route's Allow; tokens Node cannot parse (FOO) get Node's own 400.
// Next.js require()s node:http and calls createServer on the module object, which is this default export.
import http from 'node:http';

const UNSERVABLE = new Set(['TRACE', 'CONNECT']);
const HEADERS = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
};

function message(method) {
  return `${method} is not implemented by this server.\n`;
}

/** A CONNECT request hands over the raw socket: the answer is written on it, then it is closed. */
function refuseConnect(_request, socket) {
  socket.on('error', () => socket.destroy()); // a client that hangs up first needs no answer
  const body = message('CONNECT');
  const head = Object.entries({ ...HEADERS, 'Content-Length': Buffer.byteLength(body), Connection: 'close' }).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 501 Not Implemented\r\n${head.join('\r\n')}\r\n\r\n${body}`);
}

const createServer = http.createServer;
http.createServer = function createServerRefusingUnservableMethods(...args) {
  const at = args.findIndex((arg) => typeof arg === 'function');
  if (at >= 0) {
    const listener = args[at];
    args[at] = function refuseUnservableMethods(request, response) {
      if (!UNSERVABLE.has(request.method)) return listener.call(this, request, response);
      response.writeHead(501, HEADERS);
      response.end(message(request.method));
    };
  }
  const server = createServer.apply(this, args);
  server.on('connect', refuseConnect);
  return server;
};
