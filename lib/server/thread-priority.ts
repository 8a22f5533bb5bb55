// Background work in a worker thread gives way to the requests people are waiting on. A bulk
// export's batches are CPU-bound for a second or more, on threads of their own but on the same
// cores as the server's event loops: in bench/desk-scale.ts the export that starts a third into
// the run lined up with the window's slowest page renders. On Linux a thread has its own nice
// value (setpriority on its thread id), so an export thread at a lower priority runs on what the
// server's threads leave, and at full speed when they are idle. Elsewhere this does nothing.
import { readlinkSync } from 'node:fs';
import os from 'node:os';

/** The calling thread's kernel id on Linux (/proc/thread-self names "<pid>/task/<tid>"), or null. */
export function currentThreadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isSafeInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/** Lowers the calling thread to `niceness` (0–19); true when it was set. Never raises a priority. */
export function lowerThisThread(niceness: number): boolean {
  const tid = currentThreadId();
  if (tid === null || tid === process.pid) return false; // the main thread is the whole process's
  try {
    if (os.getPriority(tid) >= niceness) return true;
    os.setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}
