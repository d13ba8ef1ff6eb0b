/**
 * A reader of server-sent events (`text/event-stream`) over `fetch`, so a stream can carry the
 * same `Authorization` header as every other call — the browser's EventSource cannot send one.
 *
 * Parsing follows WHATWG HTML §9.2.6 "Interpreting an event stream":
 *
 *   - the bytes are UTF-8 (a leading BOM is dropped); lines end in CRLF, LF or CR;
 *   - a line starting with `:` is a comment; otherwise `field: value` (one space after the
 *     colon is dropped) or a bare `field` with an empty value;
 *   - `event` sets the type, `data` appends its value and a LF, `id` sets the last event id
 *     (unless it contains NUL), `retry` sets the reconnection time (ASCII digits only);
 *     unknown fields are ignored;
 *   - a blank line dispatches: nothing if no data arrived, else the data minus its final LF,
 *     typed `message` when no `event` was given; an event left unterminated at the end of the
 *     stream is dropped.
 *
 * Chunks may end anywhere — inside a line, a CRLF pair or a UTF-8 character — so the decoder
 * streams and the parser keeps the unfinished line and whether a CR just ended one.
 */

/** One dispatched event. */
export interface ServerSentEvent {
  /** The `event` field, or `message`. */
  type: string;
  data: string;
  /** The last event id seen so far in the stream (`''` when none). */
  lastEventId: string;
}

export interface EventStreamParser {
  /** Feeds the next chunk of bytes (or of already decoded text). */
  write(chunk: Uint8Array | string): void;
  /** The stream ended: flushes the decoder; an unterminated event is dropped. */
  end(): void;
  /** The last `retry` value, ms, if the server sent one. */
  readonly retry: number | undefined;
}

export function createEventStreamParser(
  onEvent: (event: ServerSentEvent) => void,
): EventStreamParser {
  const decoder = new TextDecoder('utf-8');
  let line = '';
  let afterCR = false;
  let type = '';
  let data = '';
  let lastEventId = '';
  let retry: number | undefined;

  const dispatch = () => {
    const eventType = type || 'message';
    type = '';
    if (data === '') return;
    const text = data.endsWith('\n') ? data.slice(0, -1) : data;
    data = '';
    onEvent({ type: eventType, data: text, lastEventId });
  };

  const processLine = (text: string) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') type = value;
    else if (field === 'data') data += `${value}\n`;
    else if (field === 'id') {
      if (!value.includes('\0')) lastEventId = value;
    } else if (field === 'retry' && /^[0-9]+$/.test(value)) retry = Number(value);
  };

  const feed = (text: string) => {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 && afterCR) {
        // The LF of a CRLF whose CR ended the previous line (maybe in the previous chunk).
        start = i + 1;
        afterCR = false;
        continue;
      }
      afterCR = false;
      if (c === 10 || c === 13) {
        processLine(line + text.slice(start, i));
        line = '';
        start = i + 1;
        afterCR = c === 13;
      }
    }
    line += text.slice(start);
  };

  return {
    write: (chunk) =>
      feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })),
    end: () => {
      feed(decoder.decode());
      line = '';
      type = '';
      data = '';
    },
    get retry() {
      return retry;
    },
  };
}

/**
 * Reads a response body as an event stream until it ends or `signal` aborts (then it resolves
 * quietly). Read errors other than the abort reject.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: ServerSentEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const parser = createEventStreamParser((event) => {
    if (!signal?.aborted) onEvent(event);
  });
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) return;
      const { done, value } = await reader.read();
      if (done) break;
      parser.write(value);
    }
    parser.end();
  } catch (error) {
    if (signal?.aborted) return;
    throw error;
  } finally {
    signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}
