import 'server-only';
// The process's fan-out of the change feed: one listening connection (data/live/listen-changes)
// however many pages follow it, each change handed to the streams whose scope it is in and
// whose actor may hear of it (seesLiveChange: blind review, project scope). Kept on globalThis,
// like the database client, so a dev reload does not open a second connection. The
// connection opens with the first stream and closes a little after the last one ends.
import { AppError } from '../../errors';
import { isUuid } from '../../validation/uuid';
import type { LiveChange, LiveChangeEvent, PresentPerson } from '../../views/live-views';
import { LIVE_CHANGE_KINDS, type LiveChangeKind } from '../../vocabulary';
import type { Actor } from '../actor';
import { type ChangeFeed, listenChanges } from '../data/live/listen-changes';
import { listPresence } from '../data/live/list-presence';
import { type Authorized, seesLiveChange } from '../guards';
import { log } from '../log';

/** More open pages than this per person is a runaway client (each holds a connection of the server's). */
export const MAX_STREAMS_PER_USER = 12;
/** How long the listening connection stays open after the last stream ends (a page reload reconnects at once). */
const LINGER_MS = 30_000;

/** How long a new stream waits for the feed to listen before answering 503 (the connection's own timeout is 3 s). */
const LISTEN_WAIT_MS = 5_000;

const unavailable = () => new AppError('unavailable', 'Live changes cannot be followed right now (the database is not reachable). The page retries by itself.');

/** What a stream follows: one article, one project, or (both null) every project of its actor. */
export type LiveScope = { articleId: string | null; projectId: string | null };

export type LiveSink = {
  change(event: LiveChangeEvent): void;
  presence(people: PresentPerson[]): void;
  /** The feed is listening (again): whatever changed while it was not is to be read afresh. */
  ready(): void;
};

type Subscriber = {
  actor: Actor;
  scope: LiveScope;
  /** Set on an article stream of someone who may open its consensus page: they are told who else has it open. */
  presenceReader: Authorized<'consensus:read'> | null;
  sink: LiveSink;
};

/** A notification's payload, or null when it is not one of ours. */
export function parseLiveChange(payload: string): LiveChange | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { kind, articleId, projectId, userId } = value as Record<string, unknown>;
  if (!(LIVE_CHANGE_KINDS as readonly unknown[]).includes(kind)) return null;
  if (typeof articleId !== 'string' || !isUuid(articleId) || typeof projectId !== 'string' || !isUuid(projectId)) return null;
  if (userId !== null && (typeof userId !== 'string' || !isUuid(userId))) return null;
  return { kind: kind as LiveChangeKind, articleId, projectId, userId };
}

function inScope({ scope }: Subscriber, change: LiveChange): boolean {
  if (scope.articleId !== null) return scope.articleId === change.articleId;
  if (scope.projectId !== null) return scope.projectId === change.projectId;
  return true;
}

class ChangeHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly perUser = new Map<string, number>();
  private feed: ChangeFeed | null = null;
  private isListening = false;
  private linger: NodeJS.Timeout | undefined;
  private readonly waiting = new Set<{ resolve(): void; reject(error: AppError): void }>();

  /**
   * Resolves once the feed is listening, opening it if need be: a stream answers 200 only when
   * it will hear changes. 503 when the database cannot be reached in time (the browser retries).
   */
  async whenListening(timeoutMs = LISTEN_WAIT_MS): Promise<void> {
    clearTimeout(this.linger);
    this.start();
    if (this.isListening) return;
    try {
      await new Promise<void>((resolve, reject) => {
        const waiter = {
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error: AppError) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        const timer = setTimeout(() => {
          this.waiting.delete(waiter);
          reject(unavailable());
        }, timeoutMs);
        this.waiting.add(waiter);
      });
    } catch (error) {
      if (this.subscribers.size === 0) this.lingerThenStop();
      throw error;
    }
  }

  /** Adds a stream; 429 when its person has too many open. Returns the function that removes it. */
  subscribe(actor: Actor, scope: LiveScope, presenceReader: Authorized<'consensus:read'> | null, sink: LiveSink): () => void {
    const open = this.perUser.get(actor.id) ?? 0;
    if (open >= MAX_STREAMS_PER_USER) {
      throw new AppError('rate_limited', `At most ${MAX_STREAMS_PER_USER} live pages per person at once. Close some tabs and try again.`);
    }
    const subscriber: Subscriber = { actor, scope, presenceReader, sink };
    this.subscribers.add(subscriber);
    this.perUser.set(actor.id, open + 1);
    clearTimeout(this.linger);
    this.start();
    if (this.isListening) queueMicrotask(() => sink.ready());
    if (presenceReader && scope.articleId) void this.announcePresence(scope.articleId, [subscriber]);
    let removed = false;
    return () => {
      if (removed) return;
      removed = true;
      this.subscribers.delete(subscriber);
      const left = (this.perUser.get(actor.id) ?? 1) - 1;
      if (left > 0) this.perUser.set(actor.id, left);
      else this.perUser.delete(actor.id);
      if (this.subscribers.size === 0) this.lingerThenStop();
    };
  }

  private lingerThenStop(): void {
    clearTimeout(this.linger);
    this.linger = setTimeout(() => void this.stop(), LINGER_MS);
    this.linger.unref();
  }

  /** Closes the listening connection (tests, shutdown); the next stream opens it again. */
  async stop(): Promise<void> {
    clearTimeout(this.linger);
    const feed = this.feed;
    this.feed = null;
    this.isListening = false;
    await feed?.close();
  }

  private start(): void {
    if (this.feed) return;
    this.feed = listenChanges({
      onPayload: (payload) => this.dispatch(payload),
      onListening: () => {
        this.isListening = true;
        for (const waiter of this.waiting) waiter.resolve();
        this.waiting.clear();
        for (const subscriber of this.subscribers) subscriber.sink.ready();
      },
      onLost: (error) => {
        this.isListening = false;
        for (const waiter of this.waiting) waiter.reject(unavailable());
        this.waiting.clear();
        log('warn', 'The live change feed lost its database connection; reconnecting', { error: error instanceof Error ? error.message : String(error) });
      },
    });
  }

  private dispatch(payload: string): void {
    const change = parseLiveChange(payload);
    if (!change) return;
    if (change.kind === 'presence') {
      const readers = [...this.subscribers].filter((subscriber) => subscriber.presenceReader && inScope(subscriber, change) && seesLiveChange(subscriber.actor, change));
      void this.announcePresence(change.articleId, readers);
      return;
    }
    const event: LiveChangeEvent = { kind: change.kind, articleId: change.articleId };
    // Whose annotation changed goes to the consensus page's readers only (presenceReader: the desk of
    // the article's project); a reviewer's stream never learns another reviewer's id.
    const withAuthor: LiveChangeEvent = change.kind === 'annotation' && change.userId !== null ? { ...event, by: change.userId } : event;
    for (const subscriber of this.subscribers) {
      if (inScope(subscriber, change) && seesLiveChange(subscriber.actor, change)) subscriber.sink.change(subscriber.presenceReader ? withAuthor : event);
    }
  }

  /** One read of who is there, told to each reader without themselves. */
  private async announcePresence(articleId: string, readers: Subscriber[]): Promise<void> {
    const reader = readers[0]?.presenceReader;
    if (!reader) return;
    try {
      const people = await listPresence(reader, articleId);
      for (const subscriber of readers) subscriber.sink.presence(people.filter((person) => person.id !== subscriber.actor.id));
    } catch (error) {
      log('warn', 'Could not read who has the consensus page open', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}

const globalForLive = globalThis as unknown as { corroborateLive?: ChangeHub };

export function changeHub(): ChangeHub {
  globalForLive.corroborateLive ??= new ChangeHub();
  return globalForLive.corroborateLive;
}
