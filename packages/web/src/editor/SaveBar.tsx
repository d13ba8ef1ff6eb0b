/** Save, revert, and where the open scenario stands; shared by the YAML editor and the forms. */
import { useState } from 'react';
import { useWorkbench } from '../app/workbench.ts';
import { VersionMenu } from './VersionMenu.tsx';

export function SaveBar() {
  const { workspace, actions, navigate, route, backend } = useWorkbench();
  const [note, setNote] = useState('');
  const { open } = workspace;
  if (!open) return null;
  const errors = workspace.diagnostics.some((d) => d.severity === 'error');
  const canSave = (workspace.dirty || open.readOnly) && !errors && !workspace.saving;

  const save = async () => {
    const id = await actions.save(note || undefined);
    setNote('');
    if (id && id !== open.id && route.name === 'scenario') navigate({ ...route, id }, true);
  };

  return (
    <div className="toolbar">
      <span>
        {open.readOnly ? (
          <span className="badge accent">built in — saving makes a copy</span>
        ) : (
          <span className="badge">version {open.version}</span>
        )}{' '}
        {workspace.dirty && <span className="badge warn">unsaved changes</span>}
      </span>
      <span className="spacer" />
      <VersionMenu />
      <label className="inline">
        <span>Note</span>
        <input
          type="text"
          value={note}
          placeholder="what changed (optional)"
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button primary"
        disabled={!canSave}
        title={errors ? 'Fix the errors first' : undefined}
        onClick={() => void save()}
      >
        {workspace.saving ? 'Saving…' : open.readOnly ? 'Save as my copy' : 'Save version'}
      </button>
      <button type="button" className="button" disabled={!workspace.dirty} onClick={actions.revert}>
        Revert
      </button>
      {workspace.error && (
        <span role="alert" className="badge bad" title={workspace.error.hint}>
          {workspace.error.message}
        </span>
      )}
      {backend?.kind === 'browser' && <span className="muted">saved in this browser</span>}
    </div>
  );
}
