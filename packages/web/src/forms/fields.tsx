/**
 * Form fields bound to a path in the scenario text. A field keeps what the user types and
 * commits it on Enter or when focus leaves, so the text is rewritten (and validated) once per
 * change, not per keystroke. The problems the validator reports at the field's path are shown
 * under it and announced with it.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Diagnostic } from '@parley/model';
import type { Path } from './yamlEdit.ts';

/** `actors[0].name`, as @parley/model writes diagnostic paths. */
export function pathString(path: Path): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}

/** The diagnostics at a path or inside it. */
export function problemsAt(diagnostics: readonly Diagnostic[], path: Path): Diagnostic[] {
  const p = pathString(path);
  return diagnostics.filter(
    (d) => d.path === p || d.path.startsWith(`${p}.`) || d.path.startsWith(`${p}[`),
  );
}

export interface FieldContext {
  diagnostics: readonly Diagnostic[];
  commit(path: Path, value: unknown): void;
}

function Problems({ id, problems }: { id: string; problems: Diagnostic[] }) {
  if (problems.length === 0) return null;
  return (
    <span id={id} className="field-problems">
      {problems.map((d, k) => (
        <span key={k} className={d.severity}>
          {d.message}
          {d.hint && ` — ${d.hint}`}
        </span>
      ))}
    </span>
  );
}

interface BaseProps {
  ctx: FieldContext;
  path: Path;
  label: string;
  /** Label visible (default) or only for screen readers (table cells). */
  hideLabel?: boolean;
}

function Frame({
  label,
  hideLabel,
  control,
  problems,
  problemId,
}: {
  label: string;
  hideLabel?: boolean;
  control: ReactNode;
  problems: Diagnostic[];
  problemId: string;
}) {
  return (
    <label className={`field ${problems.some((p) => p.severity === 'error') ? 'invalid' : ''}`}>
      <span className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</span>
      {control}
      <Problems id={problemId} problems={problems} />
    </label>
  );
}

export function TextField({
  ctx,
  path,
  label,
  hideLabel,
  value,
  placeholder,
  wide,
}: BaseProps & { value: string; placeholder?: string; wide?: boolean }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const problemId = useId();
  const problems = problemsAt(ctx.diagnostics, path);
  const commit = () => draft !== value && ctx.commit(path, draft === '' ? undefined : draft);
  return (
    <Frame
      label={label}
      hideLabel={hideLabel}
      problems={problems}
      problemId={problemId}
      control={
        <input
          type="text"
          className={wide ? 'wide' : ''}
          value={draft}
          placeholder={placeholder}
          aria-invalid={problems.some((p) => p.severity === 'error')}
          aria-describedby={problems.length ? problemId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      }
    />
  );
}

export function NumberField({
  ctx,
  path,
  label,
  hideLabel,
  value,
  toValue,
}: BaseProps & { value: number | undefined; toValue?: (n: number) => unknown }) {
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const problemId = useId();
  const problems = problemsAt(ctx.diagnostics, path);
  const commit = () => {
    if (draft === shown) return;
    const n = Number(draft);
    if (draft.trim() === '') ctx.commit(path, undefined);
    else if (Number.isFinite(n)) ctx.commit(path, toValue ? toValue(n) : n);
    else setDraft(shown);
  };
  return (
    <Frame
      label={label}
      hideLabel={hideLabel}
      problems={problems}
      problemId={problemId}
      control={
        <input
          type="number"
          step="any"
          className="number"
          value={draft}
          aria-invalid={problems.some((p) => p.severity === 'error')}
          aria-describedby={problems.length ? problemId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      }
    />
  );
}

export function SelectField({
  ctx,
  path,
  label,
  hideLabel,
  value,
  choices,
}: BaseProps & { value: string; choices: { value: string; label: string }[] }) {
  const problemId = useId();
  const problems = problemsAt(ctx.diagnostics, path);
  return (
    <Frame
      label={label}
      hideLabel={hideLabel}
      problems={problems}
      problemId={problemId}
      control={
        <select
          value={value}
          aria-invalid={problems.some((p) => p.severity === 'error')}
          aria-describedby={problems.length ? problemId : undefined}
          onChange={(e) => ctx.commit(path, e.target.value)}
        >
          {!choices.some((c) => c.value === value) && <option value={value}>{value || '—'}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      }
    />
  );
}

export function CheckField({ ctx, path, label, hideLabel, value }: BaseProps & { value: boolean }) {
  return (
    <label className="field check">
      <input type="checkbox" checked={value} onChange={(e) => ctx.commit(path, e.target.checked)} />
      <span className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</span>
    </label>
  );
}
