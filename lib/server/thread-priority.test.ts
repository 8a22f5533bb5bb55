import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { currentThreadId, lowerThisThread } from './thread-priority';

/** A thread's nice value as the kernel reports it (field 19 of /proc/self/task/<tid>/stat). */
function niceOf(tid: number): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

/** Runs lowerThisThread(niceness) in a worker thread of this process: its answer, its thread id, and that thread's nice value read while it still runs. */
function inWorker(niceness: number): Promise<{ lowered: boolean; tid: number; nice: number }> {
  // The module itself, in TypeScript: tsx's require hook compiles it in the worker.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const source = fileURLToPath(new URL('./thread-priority.ts', import.meta.url));
  const code = `
    const { parentPort } = require('node:worker_threads');
    try {
      require(${JSON.stringify(tsx)}).register();
      const { currentThreadId, lowerThisThread } = require(${JSON.stringify(source)});
      parentPort.postMessage({ lowered: lowerThisThread(${niceness}), tid: currentThreadId() });
    } catch (error) {
      parentPort.postMessage({ error: String(error) });
    }
    setInterval(() => {}, 1000); // alive until terminated, so its /proc entry can be read`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (message: { lowered: boolean; tid: number; error?: string }) => {
      const answer = message.error ? null : { lowered: message.lowered, tid: message.tid, nice: niceOf(message.tid) };
      void worker.terminate();
      if (answer) resolve(answer);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
  });
}

describe.runIf(process.platform === 'linux')('a worker thread lowering its own priority', () => {
  it("lowers only its own thread: the process's main thread keeps its priority", async () => {
    const mainNice = niceOf(process.pid);
    const answer = await inWorker(10);
    expect(answer.lowered).toBe(true);
    expect(answer.tid).not.toBe(process.pid);
    expect(answer.nice).toBe(Math.max(10, mainNice));
    expect(niceOf(process.pid)).toBe(mainNice);
  });

  it('leaves the main thread alone, which is the whole process', () => {
    const before = niceOf(process.pid);
    expect(currentThreadId()).toBe(process.pid);
    expect(lowerThisThread(10)).toBe(false);
    expect(niceOf(process.pid)).toBe(before);
  });
});
