import 'server-only';
// Which app process answered, for the health checks: under `npm start` several processes
// share the port (scripts/server-processes.ts), and a check that names its process tells an
// operator which one is slow or missing.
import cluster from 'node:cluster';

/** The process id, and the cluster worker's id (it grows as dead workers are replaced; null outside a cluster). */
export function servingProcess(): { pid: number; worker: number | null } {
  return { pid: process.pid, worker: cluster.worker?.id ?? null };
}
