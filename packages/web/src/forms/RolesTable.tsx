/**
 * Roles (`roles`, or an architecture's `changes.roles`): actor id → that actor's roles, each at
 * one track or (without a track) in the whole settlement. Shown as one row per role; a role is
 * added for the actor chosen beside the button.
 */
import { useState } from 'react';
import { Role } from '@parley/model';
import { labelOf, type Choice } from './choices.ts';
import type { FormContext } from './formContext.ts';
import { ListTable } from './ListTable.tsx';
import { isRaw, listOf, textOf, type Raw } from './rawData.ts';
import { rowFields } from './rowFields.tsx';
import type { Path } from './yamlEdit.ts';

export const ROLES: Choice[] = Role.options.map((r) => ({ value: r, label: r }));

/** One role of an actor; `k` -1 stands for an empty list (in an architecture: "no roles"). */
interface Row {
  actor: string;
  k: number;
  role: Raw;
}

export function RolesTable({
  ctx,
  path,
  roles,
  actors,
  tracks,
}: {
  ctx: FormContext;
  path: Path;
  roles: unknown;
  actors: readonly Choice[];
  tracks: readonly Choice[];
}) {
  const byActor = isRaw(roles) ? roles : {};
  const rows: Row[] = Object.entries(byActor).flatMap(([actor, list]) =>
    listOf(list).length === 0
      ? [{ actor, k: -1, role: {} }]
      : listOf(list).map((role, k) => ({ actor, k, role })),
  );
  const [adding, setAdding] = useState(actors[0]?.value ?? '');
  const name = (r: Row) =>
    r.k < 0
      ? `${labelOf(actors, r.actor)}'s empty roles`
      : `${labelOf(actors, r.actor)}'s role ${r.k + 1}`;
  const cellsOf = (r: Row) => {
    const row = rowFields(ctx, [...path, r.actor, r.k], name(r));
    return (
      <>
        {row.select('role', 'Role', textOf(r.role.role), ROLES)}
        {row.select('track', 'Track', textOf(r.role.track), tracks, '— the whole settlement —')}
        {row.text('note', 'Note', r.role.note)}
      </>
    );
  };
  const remove = (r: Row) =>
    r.k < 0 ? ctx.commit([...path, r.actor], undefined) : ctx.remove([...path, r.actor], r.k);
  return (
    <>
      <ListTable
        columns={['Actor', 'Role', 'Track', 'Note']}
        items={rows}
        rowName={name}
        onRemove={(i) => remove(rows[i]!)}
        empty="No roles."
        cells={(r) =>
          r.k < 0 ? (
            <>
              <th scope="row">{labelOf(actors, r.actor)}</th>
              <td colSpan={3} className="muted">
                no roles (an empty list: in an architecture, it clears the roles as written)
              </td>
            </>
          ) : (
            <>
              <th scope="row">{labelOf(actors, r.actor)}</th>
              {cellsOf(r)}
            </>
          )
        }
      />
      <div className="toolbar">
        <label className="inline">
          <span>Actor</span>
          <select value={adding} onChange={(e) => setAdding(e.target.value)}>
            {actors.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!adding}
          onClick={() => ctx.append([...path, adding], { role: 'party' })}
        >
          Add a role
        </button>
      </div>
    </>
  );
}
