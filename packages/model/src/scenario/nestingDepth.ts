/**
 * A cheap upper bound on how deeply a YAML/JSON text nests, checked before parsing: the yaml
 * package recurses per level, and some shapes (`? ? ? …`, thousands of `[`) make it slow or
 * overflow the stack. The bound adds the deepest flow nesting (`[`/`{` outside quotes and
 * comments), the most block indentation levels open at once, and the longest run of compact
 * indicators (`- - - a`) at a line start. Real scenarios stay around 10.
 */

/** Texts whose bound exceeds this are refused. */
export const MAX_NESTING = 120;

/** The estimate, and the 0-based offset where its flow part peaked (for the diagnostic). */
export function nestingDepth(text: string): { depth: number; offset: number } {
  const flow = flowDepth(text);
  const block = blockDepth(text);
  return {
    depth: flow.depth + block.levels + block.compact,
    offset: flow.depth > 0 ? flow.offset : block.offset,
  };
}

function flowDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipQuoted(text, i);
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = lineEnd(text, i) - 1;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > max) [max, offset] = [depth, i];
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return { depth: max, offset };
}

function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

function blockDepth(text: string): { levels: number; compact: number; offset: number } {
  const open: number[] = [];
  let levels = 0;
  let compact = 0;
  let offset = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const end = lineEnd(text, lineStart);
    const line = text.slice(lineStart, end);
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      while (open.length > 0 && indent < open[open.length - 1]!) open.pop();
      if (open.length === 0 || indent > open[open.length - 1]!) open.push(indent);
      const run = /^(?:[-?:](?:[ \t]+|$))*/.exec(line.slice(indent))![0];
      const indicators = run.replace(/[ \t]/g, '').length;
      if (open.length > levels) [levels, offset] = [open.length, lineStart];
      if (indicators > compact) compact = indicators;
    }
    lineStart = end + 1;
  }
  return { levels, compact, offset };
}
