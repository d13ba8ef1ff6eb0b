// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchitecturesForm } from './ArchitecturesForm.tsx';
import { renderForm } from './formHarness.ts';
import { SUMMIT } from './formFixtures.ts';

afterEach(cleanup);

type Data = Record<string, unknown>;
const changes = (data: Data) => ((data.architectures as Data[])[1]!.changes ?? {}) as Data;
const pick = (index: number) =>
  fireEvent.change(screen.getByRole('combobox', { name: 'Architecture' }), {
    target: { value: String(index) },
  });
const fate = (option: string, value: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: `${option} under this architecture` }), {
    target: { value },
  });

describe('the architectures form', () => {
  it('says the baseline changes nothing instead of offering changes', () => {
    renderForm(ArchitecturesForm, SUMMIT);
    expect(screen.getByText(/The baseline is the scenario as written/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /under this architecture/ })).toBeNull();
  });

  it('shows what an architecture does to each option', () => {
    renderForm(ArchitecturesForm, SUMMIT);
    pick(1);
    const freeze = screen.getByRole('combobox', {
      name: 'Freeze the programme under this architecture',
    });
    expect((freeze as HTMLSelectElement).value).toBe('taken');
  });

  it('turns a fixed option into a removed one in one edit, never both', () => {
    const form = renderForm(ArchitecturesForm, SUMMIT);
    pick(1);
    fate('Freeze the programme', 'removed');
    expect(changes(form.data())).toEqual({ removeOptions: ['freeze'] });
    fate('Lift sanctions', 'not-taken');
    expect(changes(form.data())).toEqual({
      removeOptions: ['freeze'],
      fixOptions: { lift: false },
    });
    fate('Freeze the programme', 'as-written');
    expect(changes(form.data())).toEqual({ fixOptions: { lift: false } });
  });

  it('removes a track and imposes a sequencing under the architecture', () => {
    const form = renderForm(ArchitecturesForm, SUMMIT);
    pick(1);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Tracks removed' })).getByLabelText('US–DPRK talks'),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'How the tracks relate' }), {
      target: { value: 'linked' },
    });
    expect(changes(form.data())).toMatchObject({
      tracks: { remove: ['talks'] },
      sequencing: { kind: 'linked', packages: [] },
    });
  });

  it('adds an architecture and selects it', () => {
    const form = renderForm(ArchitecturesForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Add an architecture' }));
    expect((form.data().architectures as Data[])[2]).toEqual({
      id: 'architecture-3',
      name: 'New architecture 3',
    });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty(
      'value',
      'New architecture 3',
    );
  });
});
