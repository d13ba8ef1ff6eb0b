/**
 * A statement or condition in Parley's statement language (`!dprk_test`, `lift if freeze &
 * !strike`). It is checked as the user types — syntax by @parley/model's parseStatement, option
 * ids against the scenario's options — and each problem is shown with its column, the character
 * there marked in a copy of the text. The options it names are listed with their labels, so a
 * reader need not remember what `us_max_pressure` is.
 */
import { didYouMean, parseStatement, tokenizeStatement, type Diagnostic } from '@parley/model';
import { labelOf, type Choice } from './choices.ts';
import { DraftField, type BaseProps } from './fields.tsx';

/** The problems of a statement as typed: syntax first; when it parses, the unknown option ids. */
export function statementProblems(text: string, options: readonly Choice[]): Diagnostic[] {
  const parsed = parseStatement(text);
  if (!parsed.ok) return parsed.diagnostics;
  const tokens = tokenizeStatement(text);
  if (!tokens.ok) return tokens.diagnostics;
  return tokens.tokens
    .filter((t) => t.kind === 'id' && !options.some((o) => o.value === t.text))
    .map((t) => ({
      code: 'unknown-option',
      severity: 'error' as const,
      path: '',
      col: t.start + 1,
      message: `unknown option \`${t.text}\``,
      hint:
        didYouMean(
          t.text,
          options.map((o) => o.value),
        ) ?? 'use the id of one of the options (Options tab)',
    }));
}

/** The option ids a statement names, each once, in order. */
export function optionsNamed(text: string, options: readonly Choice[]): string[] {
  const tokens = tokenizeStatement(text);
  if (!tokens.ok) return [];
  const ids = tokens.tokens.filter((t) => t.kind === 'id').map((t) => t.text);
  return [...new Set(ids)].filter((id) => options.some((o) => o.value === id));
}

export function StatementField({
  value,
  options,
  ...base
}: BaseProps & { value: string; options: readonly Choice[] }) {
  return (
    <DraftField
      {...base}
      value={value}
      toValue={(d) => (d.trim() === '' ? null : { value: d.trim() })}
      inputProps={{ type: 'text', className: 'wide statement', spellCheck: false }}
      check={(draft) => statementProblems(draft, options)}
      view={(id, problems, draft) => <StatementProblems id={id} text={draft} problems={problems} />}
      after={(draft) => {
        const named = optionsNamed(draft, options);
        return (
          named.length > 0 && (
            <span className="statement-options muted">
              {named.map((id) => `${id}: ${labelOf(options, id)}`).join(' · ')}
            </span>
          )
        );
      }}
    />
  );
}

function StatementProblems({
  id,
  text,
  problems,
}: {
  id: string;
  text: string;
  problems: Diagnostic[];
}) {
  if (problems.length === 0) return null;
  return (
    <span id={id} className="field-problems" role="status">
      {problems.map((d, k) => (
        <span key={k} className={d.severity}>
          {d.col !== undefined && <Pointer text={text} col={d.col} />}
          {d.col !== undefined && `column ${d.col}: `}
          {d.message}
          {d.hint && ` — ${d.hint}`}
        </span>
      ))}
    </span>
  );
}

/**
 * The statement with the token at `col` (1-based) marked: the whole id when one starts there,
 * else the character; past the end, a marked space.
 */
function Pointer({ text, col }: { text: string; col: number }) {
  const at = col - 1;
  const end = at + Math.max(1, /^[A-Za-z][A-Za-z0-9_.-]*/.exec(text.slice(at))?.[0].length ?? 1);
  return (
    <code className="statement-pointer" aria-hidden="true">
      {text.slice(0, at)}
      <mark>{text.slice(at, end) || ' '}</mark>
      {text.slice(end)}
    </code>
  );
}
