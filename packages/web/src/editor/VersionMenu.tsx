/**
 * The saved versions of the open scenario, newest first. Choosing an older one loads its text
 * into the editor as an edit: saving it then makes it the newest version again (nothing is lost).
 */
import { useEffect, useState } from 'react';
import { useWorkbench } from '../app/workbench.ts';
import type { VersionEntry } from '../library/libraryBackend.ts';

export function VersionMenu() {
  const { workspace, backend, actions } = useWorkbench();
  const open = workspace.open;
  const [versions, setVersions] = useState<VersionEntry[]>([]);
  const id = open && !open.readOnly ? open.id : null;
  const current = open?.version;

  useEffect(() => {
    if (!backend || id === null) return setVersions([]);
    let live = true;
    backend.versions(id).then(
      (list) => live && setVersions(list),
      () => live && setVersions([]),
    );
    return () => {
      live = false;
    };
  }, [backend, id, current]);

  if (!backend || id === null || versions.length < 2) return null;
  return (
    <label className="inline">
      <span>History</span>
      <select
        value=""
        onChange={async (e) => {
          const version = Number(e.target.value);
          if (!version) return;
          const old = await backend.open(id, version);
          actions.edit(old.text);
        }}
      >
        <option value="">{versions.length} versions…</option>
        {versions
          .filter((v) => v.version !== current)
          .map((v) => (
            <option key={v.version} value={v.version}>
              load version {v.version}
              {v.note ? ` — ${v.note}` : ''}
              {v.createdAt ? ` (${v.createdAt.slice(0, 16).replace('T', ' ')})` : ''}
            </option>
          ))}
      </select>
    </label>
  );
}
