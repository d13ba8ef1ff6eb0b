/**
 * Edits to scenario text that keep everything else as written: the text is parsed as a YAML
 * document (JSON is YAML too), the value at a path is set, added or removed on the document, and
 * the document is printed back — comments, key order and formatting of untouched parts stay.
 * JSON text stays JSON.
 */
import {
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type CollectionTag,
  type Tags,
  type YAMLSeq,
} from 'yaml';
import { patchLines } from './patchLines.ts';
import { setScalarsInSource } from './sourceEdit.ts';

export type Path = (string | number)[];

export type EditResult = { ok: true; text: string } | { ok: false; problem: string };

const isJson = (text: string) => /^\uFEFF?\s*[{[]/.test(text);

/**
 * Flow lists print as `[usa, dprk]` and flow maps as `{ position: 40 }`, the way the catalog
 * (and prettier) writes them; yaml's one `flowCollectionPadding` option would pad both or
 * neither, so every edit would rewrite each `[a, b]` of the file.
 */
const tightFlowSeqs = (tags: Tags): Tags =>
  tags.map((tag) =>
    typeof tag === 'object' && (tag as CollectionTag).collection === 'seq'
      ? tightSeq(tag as CollectionTag)
      : tag,
  );

type SeqContext = NonNullable<Parameters<YAMLSeq['toString']>[0]>;

function tightSeq(tag: CollectionTag): CollectionTag {
  const stringify = (node: YAMLSeq, ctx: SeqContext, onComment?: () => void, onKeep?: () => void) =>
    node.toString(node.flow ? { ...ctx, flowCollectionPadding: '' } : ctx, onComment, onKeep);
  // yaml's types allow `stringify` on scalar tags only, but it calls it for any tag
  // (stringify/stringify.js); the yamlEdit tests pin the result.
  return { ...tag, stringify } as unknown as CollectionTag;
}

function edit(
  text: string,
  change: (doc: Document) => void,
  inSource?: (text: string) => string | null,
): EditResult {
  if (isJson(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'the JSON text has a syntax error: fix it in the text editor' };
    }
    const doc = parseDocument(JSON.stringify(data), { customTags: tightFlowSeqs });
    change(doc);
    return { ok: true, text: `${JSON.stringify(doc.toJS(), null, 2)}\n` };
  }
  const doc = parseDocument(text, { keepSourceTokens: false, customTags: tightFlowSeqs });
  if (doc.errors.length > 0) {
    return { ok: false, problem: 'the YAML text has a syntax error: fix it in the text editor' };
  }
  const before = doc.toString(PRINT);
  change(doc);
  const after = doc.toString(PRINT);
  if (before === text) return { ok: true, text: after };
  // Where yaml prints the untouched parts otherwise than written (folded paragraphs), the edit
  // is carried over to the text as written: scalars in their tokens, other edits as the lines
  // they change. Either must hold the same data as the printed document, or that is used.
  for (const attempt of [() => inSource?.(text), () => patchLines(text, before, after)]) {
    const patched = attempt();
    if (patched && sameData(patched, after)) return { ok: true, text: patched };
  }
  return { ok: true, text: after };
}

const PRINT = { lineWidth: 0 } as const;

/** Whether two YAML texts hold the same data: the check that a patch landed where it belongs. */
function sameData(a: string, b: string): boolean {
  const data = (t: string) => JSON.stringify(parseDocument(t).toJS());
  return data(a) === data(b);
}

/** Sets the value at `path` (creating maps on the way); `undefined` deletes it. */
export function setValue(text: string, path: Path, value: unknown): EditResult {
  return setValues(text, [[path, value]]);
}

/** Several `setValue`s as one edit, in order (one rewrite, one validation). */
export function setValues(text: string, changes: readonly [Path, unknown][]): EditResult {
  const inSource = (source: string) => setScalarsInSource(source, changes);
  return edit(
    text,
    (doc) => {
      for (const [path, value] of changes) {
        // Deleting what is not there is no change (deleteIn would throw on a missing parent).
        if (value === undefined) {
          if (doc.hasIn(path)) doc.deleteIn(path);
        } else {
          // A scalar replaced by a scalar keeps its node: its comment and quoting stay.
          const node = doc.getIn(path, true);
          if (isScalar(node) && isScalarValue(value)) node.value = value;
          else doc.setIn(path, doc.createNode(value, { flow: isFlowValue(value) }));
        }
      }
    },
    inSource,
  );
}

/** Appends an item to the list at `path` (creating the list if needed). */
export function appendItem(text: string, path: Path, item: unknown): EditResult {
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    const flow = Array.isArray(item) && isFlowValue(item);
    if (isSeq(list)) list.add(doc.createNode(item, { flow }));
    else doc.setIn(path, doc.createNode([item], { flow: flow || isFlowValue([item]) }));
  });
}

/** Removes item `index` of the list at `path`. */
export function removeItem(text: string, path: Path, index: number): EditResult {
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    if (isSeq(list)) list.delete(index);
  });
}

/** Moves item `from` of the list at `path` to index `to`; its comments move with it. */
export function moveItem(text: string, path: Path, from: number, to: number): EditResult {
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    if (!isSeq(list) || to < 0 || to >= list.items.length || from === to) return;
    const [item] = list.items.splice(from, 1);
    list.items.splice(to, 0, item!);
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

const isScalarValue = (v: unknown) => v === null || typeof v !== 'object';

/**
 * Small objects of scalars and lists of ids read best inline: `{ position: 40, salience: 70 }`,
 * `parties: [usa, dprk]`, `coalitions: [[usa, rok], [dprk]]`.
 */
function isFlowValue(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value))
    return value.every((v) => isScalarValue(v) || (Array.isArray(v) && v.every(isScalarValue)));
  const entries = Object.values(value);
  return entries.length <= 4 && entries.every(isScalarValue);
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
