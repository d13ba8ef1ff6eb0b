/**
 * Layout blocks: the small vocabulary every renderer understands. Sections are laid out as
 * blocks (layoutSection.ts), so the text, Markdown and HTML renderers only know these shapes.
 */

/** Emphasis a renderer may show with colour or weight; text must stay meaningful without it. */
export type Tone = 'plain' | 'strong' | 'muted' | 'yes' | 'no' | 'good' | 'bad' | 'accent';

export interface Cell {
  text: string;
  tone?: Tone;
}

export type CellInput = string | Cell;

export interface TableBlock {
  type: 'table';
  caption?: string;
  head: CellInput[];
  rows: CellInput[][];
  /** Per column; default left. */
  align?: ('left' | 'right' | 'center')[];
  /**
   * Leading columns that label a row. When a table is too wide for a terminal, its other
   * columns are split into bands and these repeat in each band.
   */
  stickyColumns?: number;
  /** Rows that separate groups (drawn with a rule before them in text). */
  groupStarts?: number[];
}

/**
 * A line chart of values over steps (positions per round). HTML draws it as an inline SVG, the
 * terminal and Markdown as one sparkline row per series on the chart's scale.
 */
export interface ChartBlock {
  type: 'chart';
  caption: string;
  /** What one step of the x axis is, e.g. `round`. */
  xLabel: string;
  /** The value axis: its ends and what they mean. */
  y: { min: number; max: number; lowLabel: string; highLabel: string };
  /** One line each; `values[k]` is the value at step k. Reference lines are drawn dashed. */
  series: { name: string; values: number[]; reference?: boolean }[];
}

/**
 * Points in a plane (a Pareto frontier with benchmark points and simulated agreements). HTML
 * draws it as an inline SVG; text and Markdown, which cannot draw it, print one line saying so —
 * the layout puts the same numbers in a table beside it.
 */
export interface ScatterBlock {
  type: 'scatter';
  caption: string;
  x: { label: string; min: number; max: number };
  y: { label: string; min: number; max: number };
  /**
   * Drawn in order. `line`: the points joined (a frontier); `dots`: circles sized by `weight`;
   * `markers`: labelled symbols (benchmarks); `reference`: dashed guide lines through the point.
   */
  series: {
    name: string;
    kind: 'line' | 'dots' | 'markers' | 'reference';
    points: { x: number; y: number; weight?: number; label?: string }[];
  }[];
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; tone?: Tone }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'definitions'; items: { term: string; detail: string }[] }
  | TableBlock
  | ChartBlock
  | ScatterBlock
  | { type: 'note'; text: string };

export const cellText = (c: CellInput): string => (typeof c === 'string' ? c : c.text);
export const cellTone = (c: CellInput): Tone =>
  typeof c === 'string' ? 'plain' : (c.tone ?? 'plain');
