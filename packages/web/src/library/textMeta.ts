/**
 * What a library listing shows about a scenario text, read without validating it (a saved
 * draft may have errors): title, summary, tags and how many actors, issues and options.
 */
import { parse } from 'yaml';

export interface TextMeta {
  key: string;
  title: string;
  summary?: string;
  tags: string[];
  counts: { actors: number; issues: number; options: number };
}

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

export function textMeta(text: string, fallbackTitle: string): TextMeta {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(text, { logLevel: 'silent' });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      data = parsed as Record<string, unknown>;
    }
  } catch {
    // A draft that does not parse is still listed, under its fallback title.
  }
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const summary = str(data.summary);
  return {
    key: str(data.id) ?? 'scenario',
    title: str(data.title) ?? fallbackTitle,
    ...(summary !== undefined ? { summary } : {}),
    tags: Array.isArray(data.tags)
      ? data.tags.filter((t): t is string => typeof t === 'string')
      : [],
    counts: {
      actors: count(data.actors),
      issues: count(data.issues),
      options: count(data.options),
    },
  };
}
