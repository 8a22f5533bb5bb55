// A module resolution hook for the processes that run lib/server code outside
// Next.js's bundles (scripts/server.ts's outbound workers, scripts/worker.ts):
// `server-only` resolves to its empty module, as Next.js resolves it on the
// server (the react-server condition). Only that one specifier is touched; the
// react-server condition itself stays off, since Next.js's own React needs it off.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const EMPTY = pathToFileURL(path.join(path.dirname(require.resolve('server-only')), 'empty.js')).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
