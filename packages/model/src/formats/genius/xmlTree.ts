/**
 * A small element tree over `saxes` with the line:col of every element and attribute, for
 * importers that report diagnostics in place. Text content, comments and processing
 * instructions are dropped: GENIUS files carry everything in attributes. Malformed XML is a
 * diagnostic (code `xml-syntax`), never an exception.
 */
import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../../diagnostic.ts';

/** 1-based line and column (columns count Unicode characters). */
export interface XmlPosition {
  line: number;
  col: number;
}

export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  /** Where each attribute's name starts. */
  attributePositions: Map<string, XmlPosition>;
  children: XmlElement[];
  /** Where the element's `<` is. */
  position: XmlPosition;
}

/** Larger documents are refused: GENIUS files are a few kilobytes. */
export const MAX_XML_ELEMENTS = 200_000;

/** Parses `text`; on malformed XML returns no root and at least one error diagnostic. */
export function parseXmlTree(
  text: string,
  file?: string,
): { root?: XmlElement; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const index = new TextIndex(text);
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let start = 0;
  const fail = (message: string, at: XmlPosition): void => {
    const d: Diagnostic = { code: 'xml-syntax', severity: 'error', path: '', message, ...at };
    if (file !== undefined) d.file = file;
    diagnostics.push(d);
  };
  parser.on('opentagstart', () => {
    start = index.lastTagStart(index.offsetOf(parser.line, parser.column));
  });
  parser.on('opentag', (tag) => {
    if (++count > MAX_XML_ELEMENTS) throw new TooLarge();
    const end = index.offsetOf(parser.line, parser.column);
    const element: XmlElement = {
      name: tag.name,
      attributes: new Map(Object.entries(tag.attributes as Record<string, string>)),
      attributePositions: index.attributePositions(start, end),
      children: [],
      position: index.locate(start),
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element); // saxes also emits closetag for a self-closing tag
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''), {
      line: parser.line,
      col: parser.column + 1,
    });
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    fail(`The document has more than ${MAX_XML_ELEMENTS} elements`, {
      line: parser.line,
      col: parser.column + 1,
    });
  }
  if (root === undefined && diagnostics.length === 0)
    fail('The document has no root element', { line: 1, col: 1 });
  return diagnostics.length > 0 ? { diagnostics } : { root, diagnostics };
}

class TooLarge extends Error {}

/** Maps saxes positions (line, code-point column) to string offsets and back. */
class TextIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
      this.lineStarts.push(m.index + m[0].length);
    }
  }

  /** String offset of saxes's (1-based line, 0-based code-point column). */
  offsetOf(line: number, column: number): number {
    let offset = this.lineStarts[Math.min(line, this.lineStarts.length) - 1] ?? 0;
    for (let c = 0; c < column && offset < this.text.length; c++) {
      offset += (this.text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
    }
    return offset;
  }

  /** The `<` that opens the tag whose name was just read (at or before `offset`). */
  lastTagStart(offset: number): number {
    const at = this.text.lastIndexOf('<', Math.max(0, offset - 1));
    return at < 0 ? 0 : at;
  }

  locate(offset: number): XmlPosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo]!;
    return { line: lo + 1, col: [...this.text.slice(lineStart, offset)].length + 1 };
  }

  /** Positions of the attribute names inside the tag text `[start, end)`. */
  attributePositions(start: number, end: number): Map<string, XmlPosition> {
    const positions = new Map<string, XmlPosition>();
    const tag = this.text.slice(start, end);
    const attribute = /\s([^\s=/>]+)\s*=\s*(?:"[^"]*"|'[^']*')/g;
    for (let m = attribute.exec(tag); m !== null; m = attribute.exec(tag)) {
      if (!positions.has(m[1]!)) positions.set(m[1]!, this.locate(start + m.index + 1));
    }
    return positions;
  }
}
