import 'server-only';
// The process's one listening connection to the change feed (the triggers of the live_changes
// migration NOTIFY on LIVE_CHANNEL at commit). It is a connection of its own, outside the pool:
// a LISTEN belongs to the session, so a pooled client would be handed back still listening,
// and a pool closes idle clients. When the connection fails or the server goes away it is
// opened again, waiting a little longer each time (up to 10 s); a query every 15 s finds a
// connection that died silently. `onListening` runs each time LISTEN is in place, so the
// caller can tell its subscribers to read afresh what they may have missed while it was down.
// It connects to DATABASE_DIRECT_URL: through a transaction-mode pooler (PgBouncer) a LISTEN
// would hold on a server connection the pooler hands to others between queries.
import pg from 'pg';
import { config } from '../../../config';

export const LIVE_CHANNEL = 'corroborate_changes';

const KEEPALIVE_MS = 15_000;
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

export type ChangeFeed = {
  /** Ends the connection and stops reconnecting. */
  close(): Promise<void>;
};

export type ChangeFeedHandlers = {
  onPayload(payload: string): void;
  onListening(): void;
  onLost(error: unknown): void;
};

export function listenChanges({ onPayload, onListening, onLost }: ChangeFeedHandlers): ChangeFeed {
  const { databaseDirectUrl } = config();
  if (!databaseDirectUrl) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | undefined;
  let keepalive: NodeJS.Timeout | undefined;

  const lose = (current: pg.Client, error: unknown) => {
    if (client !== current) return;
    client = null;
    clearInterval(keepalive);
    current.removeAllListeners('notification');
    current.on('error', () => undefined);
    void current.end().catch(() => undefined);
    if (closed) return;
    onLost(error);
    retryTimer = setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };

  const connect = async () => {
    if (closed) return;
    const current = new pg.Client({ connectionString: databaseDirectUrl, connectionTimeoutMillis: 3_000, keepAlive: true });
    client = current;
    current.on('error', (error) => lose(current, error));
    current.on('end', () => lose(current, new Error('the listening connection ended')));
    current.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) onPayload(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      lose(current, error);
      return;
    }
    if (client !== current) return;
    retryMs = FIRST_RETRY_MS;
    keepalive = setInterval(() => {
      current.query('SELECT 1').catch((error: unknown) => lose(current, error));
    }, KEEPALIVE_MS);
    keepalive.unref();
    onListening();
  };

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(keepalive);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners('end');
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}
