/** Reads a server-sent-event stream to its end into {event, data} records (tests and scripts). */
export interface SseEvent {
  event: string;
  data: string;
}

export async function readSse(
  response: Response,
  onEvent?: (e: SseEvent) => void,
): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = block.split('\n').filter((l) => !l.startsWith(':'));
      if (fields.length === 0) continue;
      const event = fields.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = fields
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      const record = { event, data };
      events.push(record);
      onEvent?.(record);
    }
  }
  return events;
}
