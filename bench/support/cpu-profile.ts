// Reads a V8 .cpuprofile (node --cpu-prof) and sums its self time by function and by
// package, optionally within a time window (microseconds of the monotonic clock, which on
// Linux is the one process.hrtime reads in every process, so a bench can mark the window of
// one endpoint's requests). (idle) is left out of the shares: they are of busy time.
// Alone: npx tsx bench/support/cpu-profile.ts <file.cpuprofile> [top]
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type Window = { fromUs: number; toUs: number };
export type SelfTime = { key: string; ms: number; share: number };
export type ProfileSummary = { busyMs: number; idleMs: number; functions: SelfTime[]; packages: SelfTime[]; inclusive: SelfTime[] };

export async function readProfile(file: string): Promise<Profile> {
  return JSON.parse(await readFile(file, 'utf8')) as Profile;
}

/** Where a function's code lives, short: a package, Next.js's bundles of the app, node's own, or V8's pseudo-frames. */
export function packageOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  if (/\/\.next\/server\/.*(?:proxy|middleware)/.test(url)) return 'app: proxy.ts bundle';
  if (url.includes('/.next/server/')) return 'app bundles (.next/server)';
  const compiled = /node_modules\/next\/dist\/compiled\/([^/]+)/.exec(url);
  if (compiled) return `next/compiled/${compiled[1]}`;
  if (url.includes('node_modules/next/')) return 'next';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return pkg ? pkg[1]! : path.basename(url);
}

function functionKey(frame: CallFrame): string {
  const where = frame.url ? ` ${frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/\.next\//, '.next/').replace(/^file:\/\//, '')}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'}${where}`;
}

function ranked(totals: Map<string, number>, busyUs: number, top: number): SelfTime[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => ({ key, ms: us / 1000, share: busyUs > 0 ? us / busyUs : 0 }));
}

/**
 * Self time by function and by package, within `window` (or any of several) when given; and the
 * inclusive time (self and callees) of the app's own functions, `inclusiveOf` choosing which
 * (by default those of the app's bundles), to say which of its steps a request's time goes to.
 */
export function summariseProfile(
  profile: Profile,
  options: { window?: Window | readonly Window[]; top?: number; inclusiveOf?: (frame: CallFrame) => boolean } = {},
): ProfileSummary {
  const windows = options.window === undefined ? null : Array.isArray(options.window) ? options.window : [options.window as Window];
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inclusiveOf = options.inclusiveOf ?? ((frame: CallFrame) => packageOf(frame).startsWith('app'));
  const inclusive = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  let at = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    at += profile.timeDeltas[index] ?? 0;
    // A sample stands for the time until the next one.
    const weight = (profile.timeDeltas[index + 1] ?? 0);
    if (windows && !windows.some((window) => at >= window.fromUs && at <= window.toUs)) continue;
    const frame = frames.get(profile.samples[index]!);
    if (!frame) continue;
    if (frame.functionName === '(idle)') {
      idle += weight;
      continue;
    }
    busy += weight;
    byFunction.set(functionKey(frame), (byFunction.get(functionKey(frame)) ?? 0) + weight);
    byPackage.set(packageOf(frame), (byPackage.get(packageOf(frame)) ?? 0) + weight);
    // Each function on the sample's stack once, however deep its recursion.
    const onStack = new Set<string>();
    for (let id: number | undefined = profile.samples[index]; id !== undefined; id = parents.get(id)) {
      const caller = frames.get(id);
      if (caller && inclusiveOf(caller)) onStack.add(functionKey(caller));
    }
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + weight);
  }
  const top = options.top ?? 15;
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    functions: ranked(byFunction, busy, top),
    packages: ranked(byPackage, busy, top),
    inclusive: ranked(inclusive, busy, top),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const row = (item: SelfTime) => `    ${(item.share * 100).toFixed(1).padStart(5)}%  ${item.ms.toFixed(0).padStart(6)} ms  ${item.key.slice(0, 150)}`;
  return [
    `  busy ${summary.busyMs.toFixed(0)} ms (idle ${summary.idleMs.toFixed(0)} ms); self time by package:`,
    ...summary.packages.map(row),
    '  by function:',
    ...summary.functions.map(row),
    "  the app's functions, inclusive (self and callees):",
    ...summary.inclusive.map(row),
  ].join('\n');
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [file, top, windowsFile, endpoint] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx bench/support/cpu-profile.ts <file.cpuprofile> [top] [<windows.json> <endpoint>]');
    process.exit(2);
  }
  const window = windowsFile && endpoint ? (JSON.parse(await readFile(windowsFile, 'utf8')) as Record<string, Window[]>)[endpoint] : undefined;
  if (windowsFile && !window) throw new Error(`no windows for ${endpoint} in ${windowsFile}`);
  console.log(formatSummary(summariseProfile(await readProfile(file), { top: Number(top ?? 25), ...(window ? { window } : {}) })));
}
