/** Every problem in the text, in document order; choosing one selects it in the editor. */
import type { Diagnostic } from '@parley/model';

export interface DiagnosticListProps {
  diagnostics: readonly Diagnostic[];
  onReveal(diagnostic: Diagnostic): void;
}

export function DiagnosticList({ diagnostics, onReveal }: DiagnosticListProps) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return (
    <section aria-labelledby="problems-h" className="problems">
      <h2 id="problems-h">Problems</h2>
      <p aria-live="polite" className="muted">
        {diagnostics.length === 0
          ? 'No problems: the scenario is valid.'
          : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
      </p>
      <ol className="problem-list">
        {diagnostics.map((d, k) => (
          <li key={k}>
            <button type="button" className={`problem ${d.severity}`} onClick={() => onReveal(d)}>
              <span className="problem-message">
                <span aria-hidden="true">{d.severity === 'error' ? '×' : '!'}</span>
                <span className="visually-hidden">{d.severity}: </span> {d.message}
              </span>
              <span className="problem-where">
                {d.line !== undefined ? `line ${d.line}:${d.col ?? 1}` : 'no position'}
                {d.path ? ` · ${d.path}` : ''}
              </span>
              {d.hint && <span className="problem-hint">hint: {d.hint}</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
