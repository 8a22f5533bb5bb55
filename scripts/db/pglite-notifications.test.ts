import { describe, expect, it } from 'vitest';
import { NotificationRouter, listenStatements, messageSql, notificationChannel } from './pglite-notifications';

const encoder = new TextEncoder();

/** A backend or frontend message: type byte, Int32 length (itself included), body. */
function message(type: string, body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(5 + body.length);
  bytes[0] = type.charCodeAt(0);
  new DataView(bytes.buffer).setInt32(1, 4 + body.length);
  bytes.set(body, 5);
  return bytes;
}
const cstrings = (...texts: string[]) => encoder.encode(texts.map((text) => `${text}\0`).join(''));
const query = (sql: string) => message('Q', cstrings(sql));
const parse = (sql: string) => message('P', new Uint8Array([...cstrings('stmt', sql), 0, 0]));
const notification = (channel: string, payload: string) => message('A', new Uint8Array([0, 0, 0, 42, ...cstrings(channel, payload)]));
const commandComplete = (tag: string) => message('C', cstrings(tag));
const readyForQuery = () => message('Z', encoder.encode('I'));
const concat = (...parts: Uint8Array[]) => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
};

/** A connection's socket: everything written to it, joined. */
function socket() {
  const chunks: Uint8Array[] = [];
  return { sink: (data: Uint8Array) => chunks.push(data.slice()), chunks, bytes: () => concat(...chunks) };
}

describe('finding LISTEN and UNLISTEN', () => {
  it('reads the SQL of Query and Parse messages', () => {
    expect(messageSql(query('LISTEN a'))).toBe('LISTEN a');
    expect(messageSql(parse('LISTEN "B"'))).toBe('LISTEN "B"');
    expect(messageSql(commandComplete('SELECT 1'))).toBeNull();
  });

  it('folds unquoted names to lower case, keeps quoted ones, and knows UNLISTEN *', () => {
    expect(listenStatements('LISTEN Corroborate_Changes; unlisten "Mixed""Case"; UNLISTEN *')).toEqual([
      { listen: true, channel: 'corroborate_changes' },
      { listen: false, channel: 'Mixed"Case' },
      { listen: false, channel: null },
    ]);
    expect(listenStatements("SELECT 'listening'")).toEqual([]);
  });
});

describe('routing notifications', () => {
  it('hands a notification produced in one connection’s output to the connection that listened', () => {
    const router = new NotificationRouter();
    const listener = socket();
    const writer = socket();
    router.noteIncoming(1, query('LISTEN changes'), listener.sink);
    router.noteIncoming(2, query("NOTIFY changes, 'x'"), writer.sink);
    const output = router.output(2, writer.sink);
    const note = notification('changes', '{"kind":"annotation"}');
    output.write(concat(commandComplete('NOTIFY'), note, readyForQuery()));
    output.end();
    expect(writer.bytes()).toEqual(concat(commandComplete('NOTIFY'), readyForQuery()));
    expect(listener.bytes()).toEqual(note);
    expect(notificationChannel(listener.chunks[0]!)).toBe('changes');
  });

  it('keeps a listening connection’s own notification in its place in its output', () => {
    const router = new NotificationRouter();
    const own = socket();
    router.noteIncoming(1, query('LISTEN changes'), own.sink);
    const output = router.output(1, own.sink);
    const whole = concat(commandComplete('NOTIFY'), notification('changes', 'p'), readyForQuery());
    output.write(whole);
    output.end();
    expect(own.bytes()).toEqual(whole);
  });

  it('drops notifications nobody listens to any more, after UNLISTEN or a disconnect', () => {
    const router = new NotificationRouter();
    const first = socket();
    const second = socket();
    const writer = socket();
    router.noteIncoming(1, query('LISTEN changes'), first.sink);
    router.noteIncoming(2, parse('LISTEN changes'), second.sink);
    router.noteIncoming(1, query('UNLISTEN *'), first.sink);
    expect(router.listenersOf('changes')).toEqual([2]);
    router.forget(2);
    const output = router.output(3, writer.sink);
    output.write(concat(notification('changes', 'p'), readyForQuery()));
    output.end();
    expect(first.chunks).toEqual([]);
    expect(second.chunks).toEqual([]);
    expect(writer.bytes()).toEqual(readyForQuery());
  });

  it('delivers whole messages however the output is cut into chunks', () => {
    const note = notification('changes', 'a payload long enough to be cut in several places');
    const rows = concat(message('D', encoder.encode('row one')), message('D', encoder.encode('row two')));
    const stream = concat(rows, note, commandComplete('INSERT 0 1'), note, readyForQuery());
    for (const size of [1, 2, 3, 5, 7, 13, stream.length]) {
      const router = new NotificationRouter();
      const listener = socket();
      const writer = socket();
      router.noteIncoming(1, query('LISTEN changes'), listener.sink);
      const output = router.output(2, writer.sink);
      for (let at = 0; at < stream.length; at += size) output.write(stream.subarray(at, at + size));
      output.end();
      expect(writer.bytes(), `chunks of ${size}`).toEqual(concat(rows, commandComplete('INSERT 0 1'), readyForQuery()));
      // Each notification arrives in one write, never cut.
      expect(listener.chunks, `chunks of ${size}`).toEqual([note, note]);
    }
  });
});
