/**
 * A set of ids (parties, issues, holders, …) as one checkbox per choice, in a fieldset named
 * by its legend; the validator's problems at the set are shown in it.
 */
import type { Choice } from './choices.ts';
import { Problems, useFieldProblems, type BaseProps } from './fields.tsx';

/**
 * Checked in the choices' order; ids written that are not among the choices are kept at the
 * end. An empty set deletes the key unless `keepEmpty`.
 */
export function ChecklistField({
  ctx,
  path,
  label,
  value,
  choices,
  keepEmpty,
}: Omit<BaseProps, 'hideLabel'> & {
  value: readonly string[];
  choices: readonly Choice[];
  keepEmpty?: boolean;
}) {
  const { problemId, problems, invalid } = useFieldProblems(ctx.diagnostics, path);
  const unknown = value.filter((v) => !choices.some((c) => c.value === v));
  const toggle = (id: string, on: boolean) => {
    const next = [
      ...choices.map((c) => c.value).filter((c) => (c === id ? on : value.includes(c))),
      ...unknown,
    ];
    ctx.commit(path, next.length === 0 && !keepEmpty ? undefined : next);
  };
  return (
    <fieldset
      className={`field checklist ${invalid ? 'invalid' : ''}`}
      aria-describedby={problems.length ? problemId : undefined}
    >
      <legend className="field-label">{label}</legend>
      {choices.map((c) => (
        <label key={c.value} className="check">
          <input
            type="checkbox"
            checked={value.includes(c.value)}
            onChange={(e) => toggle(c.value, e.target.checked)}
          />
          <span>{c.label}</span>
        </label>
      ))}
      {unknown.length > 0 && <span className="muted">also: {unknown.join(', ')}</span>}
      <Problems id={problemId} problems={problems} />
    </fieldset>
  );
}
