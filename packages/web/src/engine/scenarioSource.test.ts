import { describe, expect, it } from 'vitest';
import { dilemma } from '@parley/views/testing';
import { scenarioSource, type SourceFacts } from './scenarioSource.ts';

const SAVED = 'parley: 1\nid: saved\n';
const EDITED = 'parley: 1\nid: edited\n';
const open = { id: 'sc_7', title: 'T', text: SAVED, version: 4, readOnly: false, file: 't.yaml' };

/** A workspace whose views show the scenario validated from `analysed`. */
const facts = (analysed: string): SourceFacts => ({
  open,
  scenario: dilemma(),
  scenarioText: analysed,
});

describe('the input of a server run', () => {
  it('names the saved version when the views show it (nothing edited, or edits that do not validate)', () => {
    expect(scenarioSource(facts(SAVED))).toEqual({ kind: 'saved', id: 'sc_7', version: 4 });
  });

  it('sends the text the views show once edits validate, even after later invalid edits', () => {
    expect(scenarioSource(facts(EDITED))).toEqual({ kind: 'text', text: EDITED });
  });

  it('has none before a scenario validates', () => {
    expect(scenarioSource({ ...facts(SAVED), scenario: null })).toBeNull();
    expect(scenarioSource({ ...facts(SAVED), open: null })).toBeNull();
  });
});
