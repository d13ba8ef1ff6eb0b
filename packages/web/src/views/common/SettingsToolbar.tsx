/**
 * The toolbar of a view whose analysis has settings (forecast, negotiation, comparison): its
 * fields, then Run, which applies the draft (useRunSettings.ts). Also the fields they share.
 */
import type { ReactNode } from 'react';
import type { RunSettings } from './useRunSettings.ts';

export function SettingsToolbar<S>({
  form,
  disabled = false,
  children,
}: {
  form: RunSettings<S>;
  /** The draft cannot run (besides being unchanged). */
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <form
      className="toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        form.apply();
      }}
    >
      {children}
      <button type="submit" className="button primary" disabled={!form.changed || disabled}>
        Run
      </button>
    </form>
  );
}

/** A labelled choice among numbers. */
export function NumberChoice({
  label,
  value,
  choices,
  format = String,
  onChange,
}: {
  label: string;
  value: number;
  choices: readonly number[];
  format?: (n: number) => string;
  onChange(value: number): void;
}) {
  return (
    <label className="inline">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((n) => (
          <option key={n} value={n}>
            {format(n)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A labelled whole number; what is not a number becomes `min`, and below `min` is raised. */
export function NumberField({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max?: number;
  onChange(value: number): void;
}) {
  return (
    <label className="inline">
      <span>{label}</span>
      <input
        type="number"
        className="narrow"
        min={min}
        max={max}
        value={value}
        onChange={(e) => onChange(Math.max(min, Number(e.target.value) || min))}
      />
    </label>
  );
}

/** The seed of a Monte Carlo or simulated run (a 32-bit unsigned integer). */
export const SeedField = ({ value, onChange }: { value: number; onChange(v: number): void }) => (
  <NumberField label="Seed" value={value} min={0} max={4294967295} onChange={onChange} />
);

/** The toolbar of a view whose settings are a number of runs and a seed, then Run. */
export function RunsAndSeedToolbar({
  form,
  label,
  choices,
  format,
}: {
  form: RunSettings<{ runs: number; seed: number }>;
  label: string;
  choices: readonly number[];
  format?: (n: number) => string;
}) {
  return (
    <SettingsToolbar form={form}>
      <NumberChoice
        label={label}
        value={form.draft.runs}
        choices={choices}
        {...(format ? { format } : {})}
        onChange={(runs) => form.edit({ runs })}
      />
      <SeedField value={form.draft.seed} onChange={(seed) => form.edit({ seed })} />
    </SettingsToolbar>
  );
}
