/**
 * Loose layout blocks for a terminal, without a report around them: for commands whose output
 * is a few tables and paragraphs rather than report sections (`parley negotiate …`).
 */
import type { Block } from '../layout/blocks.ts';
import { styler } from './ansi.ts';
import { blockLines, type TextOptions } from './renderText.ts';

export function renderBlocksText(blocks: readonly Block[], options: TextOptions = {}): string {
  const width = options.width ?? 100;
  const style = styler(options.color ?? false);
  return `${blocks.map((b) => blockLines(b, width, style).join('\n')).join('\n\n')}\n`;
}
