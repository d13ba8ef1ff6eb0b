/**
 * Form fields bound to a path in the scenario text. A field keeps what the user types and
 * commits it on Enter or when focus leaves, so the text is rewritten (and validated) once per
 * change, not per keystroke. The problems the validator reports at the field's path are shown
 * under it and announced with it.
 */
import { useEffect, useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import type { Diagnostic } from '@parley/model';
import type { Choice } from './choices.ts';
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

export function Problems({ id, problems }: { id: string; problems: Diagnostic[] }) {
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

export interface BaseProps {
  ctx: FieldContext;
  path: Path;
  label: string;
  /** Label visible (default) or only for screen readers (table cells). */
  hideLabel?: boolean;
}

/** The problems shown at a field and the aria attributes that tie them to its control. */
export function useFieldProblems(diagnostics: readonly Diagnostic[], path: Path) {
  const problemId = useId();
  const problems = problemsAt(diagnostics, path);
  return { problemId, problems, invalid: problems.some((p) => p.severity === 'error') };
}

/** What ties a control to the problems shown under it. */
export interface ControlAria {
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/**
 * A labelled control with the problems at its path under it. `shown` replaces those problems
 * (a field checking what is typed shows its own); `view` draws them otherwise than as a list.
 */
export function Field({
  ctx,
  path,
  label,
  hideLabel,
  control,
  shown,
  view,
  after,
}: BaseProps & {
  control(aria: ControlAria): ReactNode;
  shown?(committed: Diagnostic[]): Diagnostic[];
  view?(id: string, problems: Diagnostic[]): ReactNode;
  after?: ReactNode;
}) {
  const committed = useFieldProblems(ctx.diagnostics, path);
  const problems = shown ? shown(committed.problems) : committed.problems;
  const invalid = problems.some((p) => p.severity === 'error');
  const id = committed.problemId;
  // The problems sit outside the <label>, so they describe the control (aria-describedby)
  // instead of becoming part of its name.
  return (
    <span className={`field ${invalid ? 'invalid' : ''}`}>
      <label className="field-control">
        <span className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</span>
        {control({
          'aria-invalid': invalid,
          'aria-describedby': problems.length ? id : undefined,
        })}
      </label>
      {view ? view(id, problems) : <Problems id={id} problems={problems} />}
      {after}
    </span>
  );
}

/**
 * What the user types, kept until Enter or blur. `toValue` turns it into the value to write,
 * or null when it cannot be written (the field then shows the current value again).
 */
export function useDraft(
  shown: string,
  commit: (value: unknown) => void,
  toValue: (draft: string) => { value: unknown } | null,
) {
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const done = () => {
    if (draft === shown) return;
    const next = toValue(draft);
    if (next) commit(next.value);
    else setDraft(shown);
  };
  const input: InputHTMLAttributes<HTMLInputElement> = {
    value: draft,
    onChange: (e) => setDraft(e.target.value),
    onBlur: done,
    onKeyDown: (e) => e.key === 'Enter' && done(),
  };
  return { draft, input };
}

export interface DraftProps extends BaseProps {
  /** The value as written, as text. */
  value: string;
  toValue(draft: string): { value: unknown } | null;
  inputProps: InputHTMLAttributes<HTMLInputElement>;
  /** Problems of what is typed, shown instead of the validator's until it is written. */
  check?(draft: string): Diagnostic[];
  view?(id: string, problems: Diagnostic[], draft: string): ReactNode;
  after?(draft: string): ReactNode;
}

/** A text input kept as a draft until committed, optionally checked as the user types. */
export function DraftField({
  value,
  toValue,
  inputProps,
  check,
  view,
  after,
  ...base
}: DraftProps) {
  const { draft, input } = useDraft(value, (v) => base.ctx.commit(base.path, v), toValue);
  const local = check ? check(draft) : [];
  // While the draft differs from the text, what it would get is what matters; after the
  // commit, the validator's word (which knows the whole scenario) takes over.
  const shown = (committed: Diagnostic[]) =>
    local.length > 0 ? local : draft === value ? committed : [];
  return (
    <Field
      {...base}
      shown={shown}
      view={view && ((id, problems) => view(id, problems, draft))}
      after={after?.(draft)}
      control={(aria) => <input {...inputProps} {...aria} {...input} />}
    />
  );
}

export function TextField({
  value,
  placeholder,
  wide,
  ...base
}: BaseProps & { value: string; placeholder?: string; wide?: boolean }) {
  return (
    <DraftField
      {...base}
      value={value}
      toValue={(d) => ({ value: d === '' ? undefined : d })}
      inputProps={{ type: 'text', className: wide ? 'wide' : '', placeholder }}
    />
  );
}

export function NumberField({
  value,
  toValue,
  ...base
}: BaseProps & { value: number | undefined; toValue?: (n: number) => unknown }) {
  const parse = (d: string) => {
    const n = Number(d);
    if (d.trim() === '') return { value: undefined };
    return Number.isFinite(n) ? { value: toValue ? toValue(n) : n } : null;
  };
  return (
    <DraftField
      {...base}
      value={value === undefined ? '' : String(value)}
      toValue={parse}
      inputProps={{ type: 'number', step: 'any', className: 'number' }}
    />
  );
}

/**
 * A choice among `choices` (ids of the scenario for a reference). With `none`, an extra first
 * entry of that label deletes the key. A value not among the choices stays shown as written.
 * `onChoose` replaces writing the value at `path` (a choice that changes more than one key).
 */
export function SelectField({
  value,
  choices,
  none,
  onChoose,
  ...base
}: BaseProps & {
  value: string;
  choices: readonly Choice[];
  none?: string;
  onChoose?(value: string): void;
}) {
  const known = choices.some((c) => c.value === value) || (none !== undefined && value === '');
  const choose = (v: string) =>
    onChoose ? onChoose(v) : base.ctx.commit(base.path, v === '' ? undefined : v);
  return (
    <Field
      {...base}
      control={(aria) => (
        <select value={value} {...aria} onChange={(e) => choose(e.target.value)}>
          {none !== undefined && <option value="">{none}</option>}
          {!known && <option value={value}>{value || '—'}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
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
