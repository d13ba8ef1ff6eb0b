/**
 * JSON for people and programs alike: indented like `JSON.stringify(value, null, 2)`, but with
 * arrays of plain values (state ids) and small flat objects (`{ "id": 1, "yn": "NN" }`) kept on
 * one line, so a list of thousands of states stays scannable. The value is unchanged: parsing
 * the text gives back exactly what `JSON.stringify` would.
 */

/** Flat objects are put on one line when the line stays this short. */
const MAX_INLINE = 100;

export function formatJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  // Arrays and objects whose members contain no nested array or object. In JSON.stringify's
  // output members are separated by ",\n" + indent, and strings never hold a raw newline.
  return `${text
    .replace(
      /\[\n\s+([^[\]{}]*?)\n\s*\]/g,
      (_, inner: string) => `[${inner.split(/,\n\s*/).join(', ')}]`,
    )
    .replace(/\{\n(\s+)([^[\]{}]*?)\n(\s*)\}/g, (whole, indent: string, inner: string) => {
      const line = `{ ${inner.split(/,\n\s*/).join(', ')} }`;
      return indent.length + line.length <= MAX_INLINE ? line : whole;
    })}\n`;
}
