/** A small well-formedness check for generated HTML, for tests. */
const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr']);

/** The unclosed or mismatched tags of a document, in order ([] when well-formed). */
export function tagProblems(html: string): string[] {
  const body = html
    .replace(/<style>[\s\S]*?<\/style>/g, '<style></style>')
    .replace(/<!DOCTYPE html>/i, '');
  const stack: string[] = [];
  const problems: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, closing, raw] = m;
    const tag = raw!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (closing === '') stack.push(tag);
    else if (stack.pop() !== tag) problems.push(`unexpected </${tag}>`);
  }
  return [...problems, ...stack.map((t) => `unclosed <${t}>`)];
}
