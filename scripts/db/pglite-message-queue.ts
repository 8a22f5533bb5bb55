// A replacement for pglite-socket's query queue. PGlite has one session that all
// socket connections share; the stock queue (0.2.17) hands it protocol messages
// one at a time from whichever connection is next, so one connection's
// Parse/Bind/Execute can interleave with another's before its Sync — mixing up
// parameters or results (electric-sql/pglite#1046). This queue gives the session
// to one connection from the first message of an extended-protocol cycle until
// its Sync, and for as long as that connection keeps a transaction open. Notifications are
// routed to the connections that LISTENed for them (pglite-notifications.ts).
import type { PGlite } from '@electric-sql/pglite';
import { NotificationRouter } from './pglite-notifications';

type Job = {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(error: unknown): void;
};

/** Messages after which the connection is mid-cycle: Parse, Bind, Describe, Execute, Close, Flush, CopyData. */
const MID_CYCLE = new Set(['P', 'B', 'D', 'E', 'C', 'H', 'd'].map((type) => type.charCodeAt(0)));
const PROTOCOL_3 = 196_608;

export function keepsSession(message: Uint8Array): boolean {
  const isStartup = message.length >= 8 && new DataView(message.buffer, message.byteOffset, message.byteLength).getInt32(4) === PROTOCOL_3;
  return !isStartup && MID_CYCLE.has(message[0]!);
}

export class ConnectionAwareQueue {
  private queue: Job[] = [];
  private processing = false;
  private owner: number | null = null;
  private readonly notifications = new NotificationRouter();

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    this.notifications.noteIncoming(handlerId, message, onData);
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.notifications.forget(handlerId);
    this.queue = this.queue.filter((job) => {
      if (job.handlerId !== handlerId) return true;
      job.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** Called when a connection goes away: end what it left open and let the others in. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.process();
  }

  private next(): Job | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((job) => job.handlerId === this.owner);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let job = this.next(); job; job = this.next()) {
        const current = job;
        try {
          let bytes = 0;
          const output = this.notifications.output(current.handlerId, (data) => {
            bytes += data.length;
            current.onData(data);
          });
          await this.db.runExclusive(() => this.db.execProtocolRawStream(current.message, { onRawData: (data: Uint8Array) => output.write(data) }));
          output.end();
          current.resolve(bytes);
        } catch (error) {
          current.reject(error);
        }
        this.owner = keepsSession(current.message) || this.db.isInTransaction() ? current.handlerId : null;
      }
    } finally {
      this.processing = false;
    }
  }
}
