/**
 * The scenario being worked on: its text as edited, live validation of that text (debounced,
 * in the validation worker, stale answers dropped), the last text that validated (what the
 * analysis views run on), and saving as a new version.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Diagnostic, Scenario } from '@parley/model';
import type { EngineClient } from '../engine/engineClient.ts';
import { textHash } from '@parley/views/validation';
import type { LibraryBackend, OpenScenario } from '../library/libraryBackend.ts';

/** Wait this long after the last keystroke before validating. */
export const VALIDATE_DELAY_MS = 250;

export interface Workspace {
  open: OpenScenario | null;
  loading: boolean;
  error: { message: string; hint?: string } | null;
  text: string;
  /** The text differs from the version opened or last saved. */
  dirty: boolean;
  diagnostics: Diagnostic[];
  validating: boolean;
  /** The text currently shown validates. */
  valid: boolean;
  /** The last scenario that validated, the text it came from, and a key of that text. */
  scenario: Scenario | null;
  scenarioText: string;
  scenarioKey: string;
  saving: boolean;
}

type Action =
  | { type: 'loading' }
  | { type: 'opened'; open: OpenScenario }
  | { type: 'failed'; message: string; hint?: string }
  | { type: 'edit'; text: string }
  | { type: 'validated'; text: string; diagnostics: Diagnostic[]; scenario: Scenario | null }
  | { type: 'saving' }
  | { type: 'saved'; open: OpenScenario }
  | { type: 'closed' };

export const EMPTY_WORKSPACE: Workspace = {
  open: null,
  loading: false,
  error: null,
  text: '',
  dirty: false,
  diagnostics: [],
  validating: false,
  valid: false,
  scenario: null,
  scenarioText: '',
  scenarioKey: '',
  saving: false,
};

export function workspaceReducer(state: Workspace, action: Action): Workspace {
  switch (action.type) {
    case 'loading':
      return { ...state, loading: true, error: null };
    case 'opened':
      return {
        ...EMPTY_WORKSPACE,
        open: action.open,
        text: action.open.text,
        validating: true,
      };
    case 'failed':
      return {
        ...state,
        loading: false,
        saving: false,
        error: { message: action.message, ...(action.hint ? { hint: action.hint } : {}) },
      };
    case 'edit':
      return {
        ...state,
        text: action.text,
        dirty: action.text !== state.open?.text,
        validating: true,
      };
    case 'validated':
      if (action.text !== state.text) return state;
      return {
        ...state,
        diagnostics: action.diagnostics,
        validating: false,
        valid: action.scenario !== null,
        ...(action.scenario
          ? {
              scenario: action.scenario,
              scenarioText: action.text,
              scenarioKey: textHash(action.text),
            }
          : {}),
      };
    case 'saving':
      return { ...state, saving: true, error: null };
    case 'saved':
      return {
        ...state,
        open: action.open,
        saving: false,
        dirty: state.text !== action.open.text,
      };
    case 'closed':
      return EMPTY_WORKSPACE;
  }
}

export interface WorkspaceActions {
  openScenario(id: string): Promise<void>;
  edit(text: string): void;
  /** Saves a new version; a read-only (catalog) scenario is saved as a new one. Returns its id. */
  save(note?: string): Promise<string | null>;
  revert(): void;
}

export function useWorkspace(
  backend: LibraryBackend | null,
  validator: EngineClient,
): [Workspace, WorkspaceActions] {
  const [state, dispatch] = useReducer(workspaceReducer, EMPTY_WORKSPACE);
  const stateRef = useRef(state);
  stateRef.current = state;
  // The id last asked for: a second request for it while it loads is not a new one.
  const requested = useRef<string | null>(null);

  // Validate the text shown, a moment after the last change.
  useEffect(() => {
    if (!state.open) return;
    const text = state.text;
    const file = state.open.file;
    const timer = setTimeout(
      () => {
        validator.run<'validate'>({ kind: 'validate', text, file }).promise.then(
          (result) => dispatch({ type: 'validated', text, ...result }),
          (error: Error) => dispatch({ type: 'failed', message: error.message }),
        );
      },
      state.dirty ? VALIDATE_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [state.text, state.open, state.dirty, validator]);

  const openScenario = useCallback(
    async (id: string) => {
      if (!backend || requested.current === id) return;
      requested.current = id;
      dispatch({ type: 'loading' });
      try {
        const open = await backend.open(id);
        if (requested.current === id) dispatch({ type: 'opened', open });
      } catch (error) {
        requested.current = null;
        const e = error as { message: string; hint?: string };
        dispatch({ type: 'failed', message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
      }
    },
    [backend],
  );

  const save = useCallback(
    async (note?: string) => {
      const { open, text } = stateRef.current;
      if (!backend || !open) return null;
      dispatch({ type: 'saving' });
      try {
        const saved = open.readOnly
          ? await backend.create(text, note ?? `copied from ${open.id}`)
          : await backend.save(open.id, text, open.version, note);
        requested.current = saved.id;
        dispatch({ type: 'saved', open: saved });
        return saved.id;
      } catch (error) {
        const e = error as { message: string; hint?: string };
        dispatch({ type: 'failed', message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
        return null;
      }
    },
    [backend],
  );

  const edit = useCallback((text: string) => dispatch({ type: 'edit', text }), []);
  const revert = useCallback(() => {
    const open = stateRef.current.open;
    if (open) dispatch({ type: 'edit', text: open.text });
  }, []);

  const actions = useMemo(
    () => ({ openScenario, edit, save, revert }),
    [openScenario, edit, save, revert],
  );
  return [state, actions];
}
