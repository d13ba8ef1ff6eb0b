/**
 * Finds where a path of the parsed data sits in the YAML source, so every diagnostic can carry
 * line:col even when the problem was found on the plain data (zod, semantic checks).
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { PathSegment } from './formatPath.ts';
import { scalarSourceOffset } from './scalarOffset.ts';
import { positionsIn, type PositionOf } from './textPositions.ts';

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
}

export interface LocateTarget {
  /** Point at the mapping key of the last path segment rather than at its value. */
  key?: boolean;
  /** 0-based offset inside the string value at the path (e.g. a statement's column - 1). */
  offset?: number;
}

/**
 * Source position of a path, or undefined when there is no source. A path that does not exist
 * in the document (a missing key) resolves to the deepest node that does.
 */
export type Locator = (
  path: readonly PathSegment[],
  target?: LocateTarget,
) => SourcePosition | undefined;

/** The text of a mapping key as `toJS` turns it into an object key. */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

/** A `Locator` over a parsed YAML document and the text it came from. */
export function yamlLocator(
  doc: Document,
  source: string,
  position: PositionOf = positionsIn(source),
): Locator {
  return (path, target = {}) => {
    let node = doc.contents as Node | null;
    if (!node?.range) return undefined;
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? node;
      const next = step(node, path[i]!, target.key === true && i === path.length - 1);
      if (!next?.range) break;
      node = next;
    }
    if (target.offset !== undefined && isScalar(node) && typeof node.value === 'string') {
      return position(scalarSourceOffset(source, node, target.offset));
    }
    return position(node.range![0]);
  };
}

function step(node: Node, segment: PathSegment, wantKey: boolean): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.findLast((p) => keyText(p.key) === String(segment));
    if (!pair) return undefined;
    if (wantKey) return pair.key as Node;
    return (pair.value as Node | null) ?? (pair.key as Node);
  }
  if (isSeq(node) && typeof segment === 'number') return node.items[segment] as Node | undefined;
  return undefined;
}
