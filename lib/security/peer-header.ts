// The handshake between scripts/server.ts (which sees the socket) and
// lib/server/http/client-address.ts (which a route handler calls): the server
// writes the TCP peer's address into PEER_HEADER of every request, overwriting
// what a client sent, and marks its process with PEER_SERVER_MARK so that a
// request served any other way never has a client-sent value believed.
export const PEER_HEADER = 'x-corroborate-peer';
export const PEER_SERVER_MARK = Symbol.for('corroborate.peer-header-server');
