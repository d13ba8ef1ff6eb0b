/**
 * Scalar edits made in the source itself: the token of each scalar changed is rewritten in
 * place (yaml's CST.setScalarValue, keeping its style — plain, quoted, or a folded `>-`
 * paragraph), and every other byte of the text stays as written. Only for values that replace
 * a scalar by a scalar; anything else returns null and is printed from the document.
 */
import { Composer, CST, isScalar, Parser } from 'yaml';
import type { Path } from './yamlEdit.ts';

const isScalarValue = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** `text` with the scalars at the paths set, or null when an edit is not a scalar replacement. */
export function setScalarsInSource(
  text: string,
  changes: readonly [Path, unknown][],
): string | null {
  if (!changes.every(([, value]) => isScalarValue(value))) return null;
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  if (docs.length !== 1 || docs[0]!.errors.length > 0) return null;
  for (const [path, value] of changes) {
    const node = docs[0]!.getIn(path, true);
    if (!isScalar(node) || !node.srcToken) return null;
    if (!CST.isScalar(node.srcToken)) return null;
    CST.setScalarValue(node.srcToken, String(value), { afterKey: typeof path.at(-1) === 'string' });
  }
  return tokens.map((token) => CST.stringify(token)).join('');
}
