import 'server-only';
// The one way a process runs the outbound workers: the app server (instrumentation.ts)
// and scripts/worker.ts both call this; it starts the queue once and stops it on
// SIGTERM/SIGINT before the process exits.
import { log } from '../log';
import { type OutboundQueue, startOutboundQueue } from './outbound-queue';

const globalForQueue = globalThis as unknown as { corroborateOutbound?: Promise<OutboundQueue> };

export function runOutboundWorkers(): Promise<OutboundQueue> {
  globalForQueue.corroborateOutbound ??= startOutboundQueue().then((queue) => {
    log('info', 'outbound workers started');
    return queue;
  });
  return globalForQueue.corroborateOutbound;
}

/** Stops the workers if this process started them. */
export async function stopOutboundWorkers(): Promise<void> {
  const started = globalForQueue.corroborateOutbound;
  globalForQueue.corroborateOutbound = undefined;
  if (started) await (await started).stop();
}
