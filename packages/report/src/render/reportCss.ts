/** The report stylesheet, inlined into every HTML report (no external assets). */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1d2125; --muted: #5f6b76; --rule: #d5dbe1;
  --accent: #1f5f99; --yes: #1b6e3a; --bad: #a3262a; --band: #f3f5f7; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e8ec; --muted: #9aa6b2; --rule: #3a434c; --accent: #7fb3e6;
    --yes: #7ccf98; --bad: #f08a8d; --band: #1f252b; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 4rem; color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p, ul, ol, dl { margin: .5rem 0; max-width: 48rem; }
.meta, .note, .t-muted { color: var(--muted); }
.note { font-style: italic; }
nav ol { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
a { color: var(--accent); }
dt { font-weight: 600; }
dd { margin: 0 0 .5rem 1.5rem; }
.table { overflow-x: auto; margin: .75rem 0; }
.table:focus { outline: 2px solid var(--accent); }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; color: var(--muted); padding-bottom: .25rem; }
th, td { padding: .2rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { border-bottom: 2px solid var(--fg); text-align: left; }
tbody th { font-weight: normal; text-align: left; }
/* A second label column (option names) keeps some width beside many narrow, centred ones. */
tbody th + th { min-width: 10em; }
th.a-center, td.a-center { padding-left: .35rem; padding-right: .35rem; }
tr.group > * { border-top: 2px solid var(--rule); }
tbody tr:hover { background: var(--band); }
.a-right { text-align: right; } .a-center { text-align: center; }
figure.chart { margin: .75rem 0; max-width: 48rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .9em; }
.t-strong { font-weight: 600; } .t-yes, .t-good { color: var(--yes); font-weight: 600; }
.t-no { color: var(--muted); } .t-bad { color: var(--bad); } .t-accent { color: var(--accent); }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  .table { overflow: visible; }
  table, ul, ol, dl, figure { break-inside: avoid; }
  tbody tr:hover { background: none; }
}
`;
