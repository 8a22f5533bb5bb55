// Memory and CPU of another process on Linux, read from /proc: which process
// serves the app (npm, tsx and scripts/start.ts sit between us and Next.js),
// its resident set size, and its peak over an interval.
import { readdir, readFile, writeFile } from 'node:fs/promises';

/** Every process whose chain of parents reaches `rootPid` (not including it). */
export async function descendantsOf(rootPid: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => null);
    // "pid (comm) state ppid …"; comm may hold spaces and parentheses, so split after the last ")".
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (Number.isInteger(ppid)) parents.set(Number(entry), ppid);
  }
  const found: number[] = [];
  const frontier = [rootPid];
  while (frontier.length > 0) {
    const parent = frontier.pop()!;
    for (const [pid, ppid] of parents) {
      if (ppid === parent && !found.includes(pid)) {
        found.push(pid);
        frontier.push(pid);
      }
    }
  }
  return found;
}

/**
 * The pid of the server process that answers at `baseUrl`, as its liveness check reports it. Under
 * `npm start` the cluster primary holds the listening socket and hands connections to the
 * workers, so the socket's holder is not the process doing the work; with one worker
 * (WEB_CONCURRENCY=1) this is the process serving every request.
 */
export async function servingPid(baseUrl: string): Promise<number | null> {
  const answer = await fetch(`${baseUrl}/api/health/live`).then((response) => response.json() as Promise<{ process?: { pid?: number } }>, () => null);
  return answer?.process?.pid ?? null;
}

export async function commandOf(pid: number): Promise<string> {
  const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return raw.split('\0').filter(Boolean).join(' ');
}

/** A field of /proc/<pid>/status in kB (VmRSS, VmHWM, …), or null when the process is gone. */
export async function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const match = status ? new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status) : null;
  return match ? Number(match[1]) : null;
}

/** Resets the kernel's peak-RSS mark (VmHWM) of a process we own; false where the kernel refuses. */
export async function resetPeakRss(pid: number): Promise<boolean> {
  return writeFile(`/proc/${pid}/clear_refs`, '5').then(
    () => true,
    () => false,
  );
}

export type RssSampler = { stop(): Promise<{ peakKb: number; samples: number }> };

/** Reads VmRSS every `intervalMs` until stopped; the peak includes one reading at start and one at stop. */
export function sampleRss(pid: number, intervalMs: number): RssSampler {
  let peakKb = 0;
  let samples = 0;
  let pending: Promise<void> = Promise.resolve();
  const read = () => {
    pending = pending.then(async () => {
      const kb = await statusKb(pid, 'VmRSS');
      if (kb !== null) {
        peakKb = Math.max(peakKb, kb);
        samples += 1;
      }
    });
  };
  read();
  const timer = setInterval(read, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      read();
      await pending;
      return { peakKb, samples };
    },
  };
}

/** User + system CPU seconds a process (all its threads) has used so far, or null when it is gone. */
export async function cpuSeconds(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  // Fields after "(comm)": state is field 3, utime 14 and stime 15, in USER_HZ (100 per second on Linux).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
