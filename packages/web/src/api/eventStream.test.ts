import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventStreamParser, readEventStream, type ServerSentEvent } from './eventStream.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Parses the chunks, in order, and returns the events dispatched. */
function parse(chunks: (string | Uint8Array)[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const parser = createEventStreamParser((e) => events.push(e));
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return events;
}

/** Splits bytes at the given offsets. */
function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    parts.push(bytes.slice(from, p));
    from = p;
  }
  return parts;
}

const ev = (type: string, data: string, lastEventId = '') => ({ type, data, lastEventId });

describe('the event-stream parser (WHATWG HTML §9.2.6)', () => {
  it('dispatches typed events on a blank line, as the Parley server writes them', () => {
    const stream =
      'id: 1\nevent: status\ndata: {"status":"running"}\n\n' +
      'id: 2\nevent: progress\ndata: {"progress":0.5}\n\n';
    expect(parse([stream])).toEqual([
      ev('status', '{"status":"running"}', '1'),
      ev('progress', '{"progress":0.5}', '2'),
    ]);
  });

  it('joins multi-line data with LF and types an untyped event `message`', () => {
    expect(parse(['data: first\ndata:second\ndata\ndata:  indented\n\n'])).toEqual([
      ev('message', 'first\nsecond\n\n indented'),
    ]);
  });

  it('skips comments, such as the server’s `: ping` heartbeat', () => {
    expect(parse([': ping\n\n:another\nevent: x\n: in the middle\ndata: 1\n\n'])).toEqual([
      ev('x', '1'),
    ]);
  });

  it('accepts CRLF, CR and LF line endings, even mixed', () => {
    expect(
      parse(['event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\revent: c\ndata: 3\n\n']),
    ).toEqual([ev('a', '1'), ev('b', '2'), ev('c', '3')]);
  });

  it('treats a CRLF split between two chunks as one line break', () => {
    // Were the LF read as a second line end, the blank line would dispatch `a` early, with no
    // type of its own for `b` — here the event must stay one event.
    expect(parse(['event: a\r', '\ndata: 1\r', '\n\r', '\n'])).toEqual([ev('a', '1')]);
  });

  it('reassembles a line cut anywhere, including inside a field name', () => {
    expect(parse(['ev', 'ent: sta', 'tus\nda', 'ta: {"a"', ':1}\n', '\n'])).toEqual([
      ev('status', '{"a":1}'),
    ]);
  });

  it('decodes a UTF-8 character cut between chunks', () => {
    const bytes = utf8('data: Kim Jong-un 김정은 🕊\n\n');
    const inHangul = bytes.indexOf(0xea) + 1; // after the first byte of 김
    const inEmoji = bytes.indexOf(0xf0) + 2; // in the middle of the dove's four bytes
    expect(parse(splitAt(bytes, [inHangul, inEmoji]))).toEqual([
      ev('message', 'Kim Jong-un 김정은 🕊'),
    ]);
  });

  it('drops a leading byte-order mark, even one cut between chunks', () => {
    // Kept, the BOM would make the first field name "\uFEFFdata", an unknown field.
    const rest = utf8('data: x\n\n');
    expect(parse([new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, ...rest])])).toEqual([
      ev('message', 'x'),
    ]);
  });

  it('dispatches nothing for a blank line without data, and resets the type', () => {
    expect(parse(['event: lost\n\ndata: kept\n\n'])).toEqual([ev('message', 'kept')]);
  });

  it('drops an event the stream ends before terminating', () => {
    expect(parse(['data: complete\n\ndata: cut off\n'])).toEqual([ev('message', 'complete')]);
  });

  it('keeps the last event id across events, ignores ids with NUL, reads retry', () => {
    const events: ServerSentEvent[] = [];
    const parser = createEventStreamParser((e) => events.push(e));
    parser.write('id: 7\ndata: a\n\nid: x\0y\ndata: b\n\nretry: 2500\nretry: soon\n');
    expect(events.map((e) => e.lastEventId)).toEqual(['7', '7']);
    expect(parser.retry).toBe(2500);
  });

  it('ignores unknown fields and a field whose value is empty', () => {
    expect(parse(['foo: bar\nevent:\ndata: v\n\n'])).toEqual([ev('message', 'v')]);
  });
});

/** A stream of events, as an arbitrary server could legitimately write it. */
const line = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '{', '"', 'é', '김', '🕊') });
const eventArb = fc.record({
  type: fc.option(fc.stringMatching(/^[a-z]{1,8}$/), { nil: undefined }),
  id: fc.option(fc.stringMatching(/^[0-9a-f]{1,6}$/), { nil: undefined }),
  data: fc.array(line, { minLength: 1, maxLength: 4 }),
  comment: fc.option(line, { nil: undefined }),
});
const streamArb = fc.record({
  events: fc.array(eventArb, { maxLength: 6 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  cuts: fc.array(fc.nat(), { maxLength: 12 }),
});

describe('the event-stream parser, on any split of a valid stream', () => {
  it('yields the events written, whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(streamArb, ({ events, eol, cuts }) => {
        let text = '';
        let lastId = '';
        const expected: ServerSentEvent[] = [];
        for (const e of events) {
          if (e.comment !== undefined) text += `:${e.comment}${eol}`;
          if (e.id !== undefined) text += `id: ${e.id}${eol}`;
          if (e.type !== undefined) text += `event: ${e.type}${eol}`;
          for (const d of e.data) text += `data: ${d}${eol}`;
          text += eol;
          if (e.id !== undefined) lastId = e.id;
          expected.push(ev(e.type ?? 'message', e.data.join('\n'), lastId));
        }
        const bytes = utf8(text);
        const whole = parse([bytes]);
        expect(whole).toEqual(expected);
        expect(parse(splitAt(bytes, cuts))).toEqual(whole);
        // Byte by byte is the most demanding split.
        expect(parse([...bytes].map((b) => new Uint8Array([b])))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading a response body', () => {
  const body = (chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(utf8(c));
        controller.close();
      },
    });

  it('delivers the events of every chunk until the stream ends', async () => {
    const seen: string[] = [];
    await readEventStream(body(['data: 1\n', '\ndata: 2\n\n']), (e) => seen.push(e.data));
    expect(seen).toEqual(['1', '2']);
  });

  it('stops quietly, delivering nothing more, once aborted', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    let push: (text: string) => void = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        push = (text) => c.enqueue(utf8(text));
      },
    });
    const reading = readEventStream(
      stream,
      (e) => {
        seen.push(e.data);
        controller.abort();
      },
      controller.signal,
    );
    push('data: first\n\ndata: second\n\n');
    await expect(reading).resolves.toBeUndefined();
    expect(seen).toEqual(['first']);
  });
});
