// CPU time of processes on Linux, from /proc/<pid>/stat (utime + stime, in
// clock ticks), sampled over an interval: the average as % of one core, the
// busiest sampling interval, and (with process-memory.ts) the peak RSS.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { statusKb } from './process-memory';

let ticksPerSecond: number | null = null;

/** USER_HZ (almost always 100). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** utime + stime of a process in ticks, or null when it is gone. */
export async function cpuTicks(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  // Fields after "pid (comm) ": state(3) ppid(4) … utime(14) stime(15); index 0 here is field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * CPU time of a process in nanoseconds, all its threads (/proc/<pid>/task/<tid>/schedstat's first
 * field), or null when it is gone: the scheduler's own count, where utime + stime come in 10 ms
 * ticks, too coarse for a block of a few requests. (A thread that ended takes its time with it;
 * Node's threads live as long as the process.)
 */
export async function cpuNanoseconds(pid: number): Promise<number | null> {
  const threads = await readdir(`/proc/${pid}/task`).catch(() => null);
  if (!threads) return null;
  let total = 0;
  for (const thread of threads) {
    const schedstat = await readFile(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').catch(() => null);
    if (schedstat) total += Number(schedstat.split(' ')[0]);
  }
  return total;
}

/** Busy and total jiffies of the whole machine (/proc/stat "cpu" line). */
async function machineTicks(): Promise<{ busy: number; total: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/** PostgreSQL backends serving `database`: their title is "postgres: [cluster: ]user database host(port) state". */
export async function postgresBackendsOf(database: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const title = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
    const match = /^postgres: (?:\S+: )?\S+ (\S+) /.exec(title);
    if (match?.[1] === database) pids.push(Number(entry));
  }
  return pids;
}

export type CpuGroupResult = { name: string; averagePercent: number; peakPercent: number; peakRssKb: number | null };
export type CpuSampling = { groups: CpuGroupResult[]; machineBusyPercent: number; cores: number; seconds: number; samples: number };

type Group = { name: string; pids: readonly number[] | (() => Promise<number[]>); rss: boolean };

const pidsOf = async (group: Group): Promise<readonly number[]> => (typeof group.pids === 'function' ? group.pids() : group.pids);

/**
 * Samples every `intervalMs`. Each group is a set of processes found anew at every sample
 * (backends come and go); a process seen for the first time counts from its own start, so
 * short-lived ones are not lost. RSS (sum of VmRSS over the group) only where `rss` is set.
 */
export function sampleCpu(groups: readonly Group[], intervalMs = 500): { stop(): Promise<CpuSampling> } {
  const hz = clockTicksPerSecond();
  const state = groups.map((group) => ({ group, last: new Map<number, number>(), ticks: 0, peakPercent: 0, peakRssKb: null as number | null, seen: false }));
  let previousAt = performance.now();
  let samples = 0;
  let machineStart: { busy: number; total: number } | null = null;
  let cores = 1;
  const started = performance.now();
  let pending: Promise<void> = (async () => {
    machineStart = await machineTicks();
    cores = ((await readFile('/proc/stat', 'utf8')).match(/^cpu\d+ /gm) ?? []).length || 1;
    for (const entry of state) {
      for (const pid of await pidsOf(entry.group)) {
        const ticks = await cpuTicks(pid);
        if (ticks !== null) entry.last.set(pid, ticks);
      }
    }
  })();
  const read = () => {
    pending = pending.then(async () => {
      const now = performance.now();
      const seconds = (now - previousAt) / 1000;
      previousAt = now;
      samples += 1;
      for (const entry of state) {
        let delta = 0;
        let rss = 0;
        const pids = await pidsOf(entry.group);
        for (const pid of pids) {
          const ticks = await cpuTicks(pid);
          if (ticks === null) continue;
          delta += ticks - (entry.last.get(pid) ?? 0);
          entry.last.set(pid, ticks);
          if (entry.group.rss) rss += (await statusKb(pid, 'VmRSS')) ?? 0;
        }
        entry.ticks += delta;
        if (seconds > 0) entry.peakPercent = Math.max(entry.peakPercent, (100 * delta) / hz / seconds);
        if (entry.group.rss && pids.length > 0) entry.peakRssKb = Math.max(entry.peakRssKb ?? 0, rss);
      }
    });
  };
  const timer = setInterval(read, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      read();
      await pending;
      const seconds = (performance.now() - started) / 1000;
      const machineEnd = await machineTicks();
      const machineBusyPercent = machineStart ? (100 * (machineEnd.busy - machineStart.busy)) / Math.max(1, machineEnd.total - machineStart.total) : 0;
      return {
        groups: state.map((entry) => ({ name: entry.group.name, averagePercent: (100 * entry.ticks) / hz / seconds, peakPercent: entry.peakPercent, peakRssKb: entry.peakRssKb })),
        machineBusyPercent,
        cores,
        seconds,
        samples,
      };
    },
  };
}
