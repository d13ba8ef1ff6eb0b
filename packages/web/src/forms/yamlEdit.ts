/**
 * Edits to scenario text that keep everything else as written: the text is parsed as a YAML
 * document (JSON is YAML too), the value at a path is set, added or removed on the document, and
 * the document is printed back — comments, key order and formatting of untouched parts stay.
 * JSON text stays JSON.
 */
import { isSeq, parseDocument, type Document } from 'yaml';

export type Path = (string | number)[];

export type EditResult = { ok: true; text: string } | { ok: false; problem: string };

const isJson = (text: string) => /^\uFEFF?\s*[{[]/.test(text);

function edit(text: string, change: (doc: Document) => void): EditResult {
  if (isJson(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'the JSON text has a syntax error: fix it in the text editor' };
    }
    const doc = parseDocument(JSON.stringify(data));
    change(doc);
    return { ok: true, text: `${JSON.stringify(doc.toJS(), null, 2)}\n` };
  }
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    return { ok: false, problem: 'the YAML text has a syntax error: fix it in the text editor' };
  }
  change(doc);
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}

/** Sets the value at `path` (creating maps on the way); `undefined` deletes it. */
export function setValue(text: string, path: Path, value: unknown): EditResult {
  return edit(text, (doc) => {
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(value, { flow: isFlowValue(value) }));
  });
}

/** Appends an item to the list at `path` (creating the list if needed). */
export function appendItem(text: string, path: Path, item: unknown): EditResult {
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    if (isSeq(list)) list.add(doc.createNode(item));
    else doc.setIn(path, doc.createNode([item]));
  });
}

/** Removes item `index` of the list at `path`. */
export function removeItem(text: string, path: Path, index: number): EditResult {
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    if (isSeq(list)) list.delete(index);
  });
}

/**
 * The value of a Quantity field with its number replaced: a plain number stays plain; an object
 * (`{value, source, range, …}`) keeps its provenance and range.
 */
export function withNumber(current: unknown, value: number): unknown {
  if (current && typeof current === 'object' && !Array.isArray(current))
    return { ...current, value };
  return value;
}

/** Small objects of scalars read best inline: `{ position: 40, salience: 70 }`. */
function isFlowValue(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length <= 4 && entries.every((v) => v === null || typeof v !== 'object');
}

/** The plain data of the text, or null when it does not parse. */
export function readData(text: string): Record<string, unknown> | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const data: unknown = doc.toJS();
  return data && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : null;
}
