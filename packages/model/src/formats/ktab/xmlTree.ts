/**
 * A minimal element tree from saxes, keeping the line and column where each element's content
 * starts, so values read from it can be reported at line:col. Attributes are not needed by the
 * formats Parley reads this way and are dropped. Never throws: a syntax error comes back as a
 * Diagnostic.
 */
import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../../diagnostic.ts';

export interface XmlNode {
  name: string;
  text: string;
  /** Position right after the start tag (1-based line and column). */
  line: number;
  col: number;
  children: XmlNode[];
}

export function readXmlTree(
  text: string,
  file?: string,
): { root?: XmlNode; diagnostics: Diagnostic[] } {
  const parser = new SaxesParser({
    position: true,
    ...(file !== undefined ? { fileName: file } : {}),
  });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let failure: Diagnostic | undefined;
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      text: '',
      line: parser.line,
      col: parser.column + 1,
      children: [],
    };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (stack.length === 0) root = node;
  });
  parser.on('error', (error) => {
    failure ??= {
      code: 'xml-syntax',
      severity: 'error',
      path: '',
      line: parser.line,
      col: parser.column + 1,
      message: `not well-formed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`,
      ...(file !== undefined ? { file } : {}),
    };
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch {
    // saxes reports through the error handler; a throw after it adds nothing.
  }
  if (failure) return { diagnostics: [failure] };
  return { root, diagnostics: [] };
}

/** The children of `node` named `name`. */
export const childrenNamed = (node: XmlNode, name: string): XmlNode[] =>
  node.children.filter((c) => c.name === name);

/** The first child of `node` named `name`. */
export const childNamed = (node: XmlNode, name: string): XmlNode | undefined =>
  node.children.find((c) => c.name === name);
