import { describe, expect, it } from 'vitest';
import { dilemma } from '@parley/views/testing';
import { EMPTY_WORKSPACE, workspaceReducer, type Workspace } from './useWorkspace.ts';

const open = {
  id: 'sc_1',
  title: 'T',
  text: 'original',
  version: 1,
  readOnly: false,
  file: 't.yaml',
};

function opened(): Workspace {
  return workspaceReducer(EMPTY_WORKSPACE, { type: 'opened', open });
}

describe('the workspace', () => {
  it('marks the text edited, and not once it is back to the saved text', () => {
    const edited = workspaceReducer(opened(), { type: 'edit', text: 'changed' });
    expect(edited.dirty).toBe(true);
    expect(workspaceReducer(edited, { type: 'edit', text: 'original' }).dirty).toBe(false);
  });

  it('keeps the last valid scenario while the text has errors', () => {
    const scenario = dilemma();
    let ws = workspaceReducer(opened(), {
      type: 'validated',
      text: 'original',
      diagnostics: [],
      scenario,
    });
    ws = workspaceReducer(ws, { type: 'edit', text: 'broken' });
    ws = workspaceReducer(ws, {
      type: 'validated',
      text: 'broken',
      diagnostics: [{ code: 'x', severity: 'error', path: '', message: 'm' }],
      scenario: null,
    });
    expect(ws.valid).toBe(false);
    expect(ws.scenario).toBe(scenario);
    expect(ws.scenarioText).toBe('original');
  });

  it('ignores a validation of text that has changed since', () => {
    const ws = workspaceReducer(workspaceReducer(opened(), { type: 'edit', text: 'newer' }), {
      type: 'validated',
      text: 'original',
      diagnostics: [],
      scenario: dilemma(),
    });
    expect(ws.scenario).toBeNull();
    expect(ws.validating).toBe(true);
  });

  it('takes the saved version, and stays edited when typing went on during the save', () => {
    let ws = workspaceReducer(opened(), { type: 'edit', text: 'v2' });
    ws = workspaceReducer(ws, { type: 'saving' });
    ws = workspaceReducer(ws, { type: 'edit', text: 'v2 and more' });
    ws = workspaceReducer(ws, { type: 'saved', open: { ...open, text: 'v2', version: 2 } });
    expect(ws.open?.version).toBe(2);
    expect(ws.dirty).toBe(true);
  });
});
