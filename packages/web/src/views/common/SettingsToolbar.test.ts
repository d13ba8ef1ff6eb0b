// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RunsAndSeedToolbar } from './SettingsToolbar.tsx';
import { useRunSettings, type RunSettings } from './useRunSettings.ts';

afterEach(cleanup);

/** The toolbar of the forecast view, reporting the settings its analysis would run with. */
function Harness({ seen }: { seen: { runs: number; seed: number }[] }) {
  const form: RunSettings<{ runs: number; seed: number }> = useRunSettings({ runs: 0, seed: 1 });
  seen.push(form.settings);
  return h(RunsAndSeedToolbar, { form, label: 'Monte Carlo runs', choices: [0, 200, 1000] });
}

const runButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Run' });

describe('the toolbar of runs and seed', () => {
  it('runs nothing new while the draft is edited, and the draft once Run is pressed', () => {
    const seen: { runs: number; seed: number }[] = [];
    render(h(Harness, { seen }));
    expect(runButton().disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Monte Carlo runs'), { target: { value: '200' } });
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '7' } });
    expect(runButton().disabled).toBe(false);
    expect(seen.at(-1)).toEqual({ runs: 0, seed: 1 });
    fireEvent.click(runButton());
    expect(seen.at(-1)).toEqual({ runs: 200, seed: 7 });
    expect(runButton().disabled).toBe(true);
  });

  it('keeps the seed a whole number from 0: what is not a number becomes 0', () => {
    render(h(Harness, { seen: [] }));
    const seed = screen.getByLabelText<HTMLInputElement>('Seed');
    fireEvent.change(seed, { target: { value: '' } });
    expect(seed.value).toBe('0');
  });
});
