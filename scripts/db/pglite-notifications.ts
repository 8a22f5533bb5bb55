// LISTEN/NOTIFY across the socket connections of the embedded database. PGlite has one
// session that every connection shares, so a NotificationResponse ('A') comes out in the
// output of whichever connection's message ran the NOTIFY (or the COMMIT that delivers it),
// not to the connection that asked for it. This router watches what each connection sends
// for LISTEN / UNLISTEN, takes every 'A' message out of the output, and hands it to the
// connections listening on its channel — in place when the current connection is one of them.
//
// Output arrives in chunks that may split a message anywhere; a partial message is held back
// until the rest of it arrives, so every connection only ever receives whole messages (a
// message handed to another connection is therefore never cut into that connection's own).
//
// The statements are found by a regular expression over the SQL text of Query and Parse
// messages, not a parser: a LISTEN inside a string literal would also subscribe the connection,
// which then receives notifications it did not ask for — harmless, a client ignores those.

const QUERY = 'Q'.charCodeAt(0);
const PARSE = 'P'.charCodeAt(0);
const NOTIFICATION = 'A'.charCodeAt(0);
const HEADER = 5;
const LISTEN_STATEMENT = /(?:^|;)\s*(UN)?LISTEN\s+("(?:[^"]|"")+"|[A-Za-z_][\w$]*|\*)/gi;

export type Sink = (data: Uint8Array) => void;

const decoder = new TextDecoder();

function cString(bytes: Uint8Array, start: number): { text: string; end: number } {
  const end = bytes.indexOf(0, start);
  const stop = end < 0 ? bytes.length : end;
  return { text: decoder.decode(bytes.subarray(start, stop)), end: stop + 1 };
}

/** The SQL text of a Query or Parse message, else null. */
export function messageSql(message: Uint8Array): string | null {
  if (message.length <= HEADER) return null;
  if (message[0] === QUERY) return cString(message, HEADER).text;
  if (message[0] === PARSE) return cString(message, cString(message, HEADER).end).text;
  return null;
}

/** The LISTEN and UNLISTEN statements in a piece of SQL, in order; channel null for UNLISTEN *. */
export function listenStatements(sql: string): { listen: boolean; channel: string | null }[] {
  return [...sql.matchAll(LISTEN_STATEMENT)].map((match) => {
    const name = match[2]!;
    const channel = name === '*' ? null : name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name.toLowerCase();
    return { listen: match[1] === undefined, channel };
  });
}

/** The channel a NotificationResponse is for (Int32 pid, then the channel as a C string). */
export function notificationChannel(message: Uint8Array): string {
  return cString(message, HEADER + 4).text;
}

export class NotificationRouter {
  private readonly channels = new Map<string, Set<number>>();
  private readonly sinks = new Map<number, Sink>();

  /** Notes a message a connection sends (LISTEN / UNLISTEN) and where its output goes. */
  noteIncoming(handlerId: number, message: Uint8Array, sink: Sink): void {
    this.sinks.set(handlerId, sink);
    const sql = messageSql(message);
    if (sql === null || !/listen/i.test(sql)) return;
    for (const { listen, channel } of listenStatements(sql)) {
      if (listen && channel !== null) {
        const listeners = this.channels.get(channel) ?? new Set<number>();
        listeners.add(handlerId);
        this.channels.set(channel, listeners);
      } else {
        for (const [name, listeners] of this.channels) {
          if (channel === null || name === channel) listeners.delete(handlerId);
        }
      }
    }
  }

  /** The connection has gone: it listens to nothing any more. */
  forget(handlerId: number): void {
    this.sinks.delete(handlerId);
    for (const listeners of this.channels.values()) listeners.delete(handlerId);
  }

  listenersOf(channel: string): number[] {
    return [...(this.channels.get(channel) ?? [])];
  }

  /**
   * A filter for the output of one message of `handlerId`: feed it every chunk, then call
   * end(). Whole messages other than notifications reach `sink`; notifications reach the
   * connections listening on their channel.
   */
  output(handlerId: number, sink: Sink): { write(chunk: Uint8Array): void; end(): void } {
    let held: Uint8Array = new Uint8Array(0);
    const route = (message: Uint8Array) => {
      for (const listener of this.listenersOf(notificationChannel(message))) {
        (listener === handlerId ? sink : this.sinks.get(listener))?.(message);
      }
    };
    return {
      write: (chunk) => {
        let bytes = chunk;
        if (held.length > 0) {
          bytes = new Uint8Array(held.length + chunk.length);
          bytes.set(held);
          bytes.set(chunk, held.length);
        }
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        let start = 0; // of the run of whole messages not yet handed on
        let at = 0;
        while (at + HEADER <= bytes.length) {
          const end = at + 1 + view.getInt32(at + 1);
          if (end > bytes.length) break;
          if (bytes[at] === NOTIFICATION) {
            if (at > start) sink(bytes.subarray(start, at));
            route(bytes.slice(at, end));
            start = end;
          }
          at = end;
        }
        if (at > start) sink(bytes.subarray(start, at));
        held = bytes.slice(at);
      },
      end: () => {
        // Never expected (PGlite ends a message's output on a message boundary); pass it on rather than lose it.
        if (held.length > 0) sink(held);
        held = new Uint8Array(0);
      },
    };
  }
}
