// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CoalitionsForm } from './CoalitionsForm.tsx';
import { renderForm } from './formHarness.ts';
import { SUMMIT } from './formFixtures.ts';
import { StructureForm } from './StructureForm.tsx';

afterEach(cleanup);

type Data = Record<string, unknown>;
const track = (data: Data) => (data.tracks as Data[])[0]!;
const openPart = (name: string) => fireEvent.click(screen.getByRole('tab', { name }));
const group = (name: string | RegExp) => screen.getByRole('group', { name });

describe('the tracks form', () => {
  it('seats a party by ticking it, written as a list of ids', () => {
    const form = renderForm(StructureForm, SUMMIT);
    fireEvent.click(within(group('Parties (seated at the table)')).getByLabelText('South Korea'));
    expect(track(form.data()).parties).toEqual(['usa', 'dprk', 'rok']);
    expect(form.text()).toContain('parties: [usa, dprk, rok]');
  });

  it('offers only the seated parties as chair, and removes the chair with "no chair"', () => {
    const form = renderForm(StructureForm, SUMMIT);
    const chair = screen.getByRole('combobox', { name: 'Chair (a party)' });
    expect(
      within(chair)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— no chair —', 'United States', 'North Korea']);
    fireEvent.change(chair, { target: { value: 'usa' } });
    expect(track(form.data()).chair).toBe('usa');
    fireEvent.change(screen.getByRole('combobox', { name: 'Mediator (a party or an outsider)' }), {
      target: { value: '' },
    });
    expect(track(form.data())).not.toHaveProperty('mediator');
  });

  it('changes the decision rule, asking for veto players only where the rule has them', () => {
    const form = renderForm(StructureForm, SUMMIT);
    expect(screen.queryByRole('group', { name: /Veto players/ })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Decision rule' }), {
      target: { value: 'veto-players' },
    });
    fireEvent.click(within(group(/Veto players/)).getByLabelText('United States'));
    expect(track(form.data()).decisionRule).toEqual({ kind: 'veto-players', vetoPlayers: ['usa'] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Decision rule' }), {
      target: { value: 'unanimity' },
    });
    expect(track(form.data()).decisionRule).toEqual({ kind: 'unanimity' });
  });

  it('adds a track with two parties and shows it', () => {
    const form = renderForm(StructureForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Add a track' }));
    expect((form.data().tracks as Data[])[1]).toEqual({
      id: 'track-2',
      name: 'New track 2',
      parties: ['usa', 'dprk'],
    });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'New track 2');
  });
});

describe('the roles form', () => {
  it('lists every role and changes its track from a select of the tracks', () => {
    const form = renderForm(StructureForm, SUMMIT);
    openPart('Roles');
    const track = screen.getByRole('combobox', { name: "Track of South Korea's role 1" });
    fireEvent.change(track, { target: { value: '' } });
    expect(form.data().roles).toEqual({ rok: [{ role: 'mediator' }] });
  });

  it('adds a role for the actor chosen, and removes one', () => {
    const form = renderForm(StructureForm, SUMMIT);
    openPart('Roles');
    fireEvent.change(screen.getByRole('combobox', { name: 'Actor' }), { target: { value: 'usa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a role' }));
    expect((form.data().roles as Data).usa).toEqual([{ role: 'party' }]);
    fireEvent.click(screen.getByRole('button', { name: "Remove South Korea's role 1" }));
    expect((form.data().roles as Data).rok).toEqual([]);
    // An empty list still means something in an architecture ("clear the roles"): it stays
    // visible, and removing it removes the key.
    fireEvent.click(screen.getByRole('button', { name: "Remove South Korea's empty roles" }));
    expect(form.data().roles).toEqual({ usa: [{ role: 'party' }] });
  });
});

describe('the vetoes, sequencing and linkages forms', () => {
  it('gives a veto another holder and an issue in its scope', () => {
    const form = renderForm(StructureForm, SUMMIT);
    openPart('Vetoes');
    fireEvent.click(within(group('Holders')).getByLabelText('North Korea'));
    fireEvent.click(
      within(group('Issues a settlement on needs every holder')).getByLabelText('Sanctions relief'),
    );
    expect((form.data().vetoes as Data[])[0]).toMatchObject({
      holders: ['usa', 'dprk'],
      scope: { options: ['lift'], issues: ['relief'] },
    });
  });

  it('sequences the tracks in steps', () => {
    const form = renderForm(StructureForm, SUMMIT);
    openPart('Sequencing');
    fireEvent.change(screen.getByRole('combobox', { name: 'How the tracks relate' }), {
      target: { value: 'sequenced' },
    });
    expect(form.data().sequencing).toEqual({ kind: 'sequenced', order: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    expect(form.data().sequencing).toEqual({ kind: 'sequenced', order: [['talks']] });
  });

  it('ties issues into a linkage by ticking them', () => {
    const form = renderForm(StructureForm, SUMMIT);
    openPart('Linkages');
    fireEvent.click(within(group('Issues of package')).getByLabelText('Denuclearization steps'));
    expect((form.data().linkages as Data[])[0]!.issues).toEqual(['relief']);
    // One issue is not a package: the validator says so beside the field.
    expect(group('Issues of package').textContent).toMatch(/at least 2/);
  });
});

describe('the coalitions form', () => {
  it('moves an actor to another coalition without leaving it in the first', () => {
    const form = renderForm(CoalitionsForm, SUMMIT);
    fireEvent.change(screen.getByRole('combobox', { name: 'Coalition of South Korea' }), {
      target: { value: '1' },
    });
    expect(form.data().coalitions).toEqual([['usa'], ['dprk', 'rok']]);
  });

  it('cannot put an actor in two coalitions, even when the text did', () => {
    const text = SUMMIT.replace(
      'coalitions: [[usa, rok], [dprk]]',
      'coalitions: [[usa, rok], [rok, dprk]]',
    );
    const form = renderForm(CoalitionsForm, text);
    expect(screen.getByRole('status').textContent).toContain('South Korea in more than one');
    fireEvent.change(screen.getByRole('combobox', { name: 'Coalition of United States' }), {
      target: { value: '1' },
    });
    expect(form.data().coalitions).toEqual([['rok'], ['dprk', 'usa']]);
    const written = (form.data().coalitions as string[][]).flat();
    expect(written.sort()).toEqual(['dprk', 'rok', 'usa']);
  });

  it('removes the key when everyone stands alone', () => {
    const form = renderForm(CoalitionsForm, SUMMIT);
    fireEvent.change(screen.getByRole('combobox', { name: 'Coalition of South Korea' }), {
      target: { value: 'alone' },
    });
    expect(form.data()).not.toHaveProperty('coalitions');
  });
});
