/**
 * A problem in user input. Parley never shows a stack trace for bad input: every parser and
 * validator collects all problems it finds as Diagnostics and returns them.
 */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `unknown-key`, `yaml-syntax`, `unknown-option`. */
  code: string;
  severity: 'error' | 'warning';
  /** Where in the document, as a readable path: `preferences.usa.statements[2]`. Empty for the root. */
  path: string;
  /** The file the problem is in, when known. */
  file?: string;
  /** 1-based line and column, when the problem can be located in the source text. */
  line?: number;
  col?: number;
  message: string;
  /** What to do about it, e.g. "did you mean `salience`?". */
  hint?: string;
}

/** A diagnostic list plus, when there are no errors, the value that was parsed. */
export type Parsed<T> =
  { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** `path (file:line:col)` — the location part of a rendered diagnostic. */
export function formatLocation(d: Diagnostic): string {
  const where = d.path === '' ? '(document root)' : d.path;
  if (d.line === undefined) return d.file ? `${where} (${d.file})` : where;
  const pos = `${d.file ?? '<input>'}:${d.line}:${d.col ?? 1}`;
  return `${where} (${pos})`;
}

/**
 * Renders diagnostics the way `parley check` prints them:
 *
 *     × message
 *       → at path (file:line:col)
 *       hint: …
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const mark = d.severity === 'error' ? '×' : '!';
      const lines = [`${mark} ${d.message}`, `  → at ${formatLocation(d)}`];
      if (d.hint) lines.push(`  hint: ${d.hint}`);
      return lines.join('\n');
    })
    .join('\n');
}
