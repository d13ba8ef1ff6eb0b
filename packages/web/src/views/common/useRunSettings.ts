/**
 * The settings of a view's analysis and the draft the toolbar edits: the analysis runs on
 * `settings`; editing changes only `draft` until the user presses Run (`apply`).
 */
import { useCallback, useState } from 'react';

export interface RunSettings<S> {
  /** What the analysis on screen ran with. */
  settings: S;
  /** What the toolbar shows. */
  draft: S;
  /** Changes some fields of the draft. */
  edit(patch: Partial<S>): void;
  /** Runs the draft. */
  apply(): void;
  /** The draft differs from the settings. */
  changed: boolean;
}

export function useRunSettings<S extends object>(initial: S): RunSettings<S> {
  const [settings, setSettings] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const edit = useCallback((patch: Partial<S>) => setDraft((d) => ({ ...d, ...patch })), []);
  return {
    settings,
    draft,
    edit,
    apply: () => setSettings(draft),
    changed: JSON.stringify(draft) !== JSON.stringify(settings),
  };
}
