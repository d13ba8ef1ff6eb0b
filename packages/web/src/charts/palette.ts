/** Series colours: Okabe–Ito, then darker variants — distinguishable with colour-vision deficiencies. */
export const SERIES_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C6D1F',
  '#5B6773',
  '#1F5F99',
  '#A3262A',
];
export const seriesColor = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length]!;
