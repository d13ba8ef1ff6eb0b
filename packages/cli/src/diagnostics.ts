/** Diagnostics on stderr, in the `× message / → at path / hint:` form of formatDiagnostics. */
import pc from 'picocolors';
import { formatDiagnostics, type Diagnostic } from '@parley/model';
import type { Ctx } from './context.ts';

/** Colours a formatDiagnostics block line by line: marks red/yellow, locations dim. */
export function colorDiagnostics(text: string, color: boolean): string {
  const c = pc.createColors(color);
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('×')) return c.red(c.bold('×')) + line.slice(1);
      if (line.startsWith('!')) return c.yellow(c.bold('!')) + line.slice(1);
      if (line.startsWith('  →')) return c.dim(line);
      if (line.startsWith('  hint:')) return `  ${c.cyan('hint:')}${line.slice(7)}`;
      return line;
    })
    .join('\n');
}

export function printDiagnostics(ctx: Ctx, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  ctx.err(`${colorDiagnostics(formatDiagnostics(diagnostics), ctx.colorErr)}\n`);
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 errors, 1 warning`. */
export function diagnosticCounts(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : '']
    .filter(Boolean)
    .join(', ');
}
