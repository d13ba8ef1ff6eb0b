/**
 * What an architecture does to each GMCR option: leaves it as written, fixes it taken or not
 * taken (`changes.fixOptions`), or removes it (`changes.removeOptions`). One select per option,
 * so an option is never both fixed and removed.
 */
import { idsOf, type Choice } from './choices.ts';
import type { FormContext } from './formContext.ts';
import { ListTable } from './ListTable.tsx';
import { isRaw, type Raw } from './rawData.ts';
import type { Path } from './yamlEdit.ts';
import { SelectField } from './fields.tsx';

const FATES: Choice[] = [
  { value: 'as-written', label: 'as written' },
  { value: 'taken', label: 'fixed: taken' },
  { value: 'not-taken', label: 'fixed: not taken' },
  { value: 'removed', label: 'removed' },
];

export function fateOf(changes: Raw, option: string): string {
  if (idsOf(changes.removeOptions).includes(option)) return 'removed';
  const fixed = isRaw(changes.fixOptions) ? changes.fixOptions[option] : undefined;
  return fixed === true ? 'taken' : fixed === false ? 'not-taken' : 'as-written';
}

/** The edits that give `option` its new fate (empty `fixOptions`/`removeOptions` go). */
export function fateChanges(
  changes: Raw,
  path: Path,
  option: string,
  fate: string,
): [Path, unknown][] {
  const fixed = { ...(isRaw(changes.fixOptions) ? changes.fixOptions : {}) };
  delete fixed[option];
  if (fate === 'taken' || fate === 'not-taken') fixed[option] = fate === 'taken';
  const removed = idsOf(changes.removeOptions).filter((id) => id !== option);
  if (fate === 'removed') removed.push(option);
  return [
    [[...path, 'fixOptions'], Object.keys(fixed).length > 0 ? fixed : undefined],
    [[...path, 'removeOptions'], removed.length > 0 ? removed : undefined],
  ];
}

export function ArchitectureOptions({
  ctx,
  path,
  changes,
  options,
}: {
  ctx: FormContext;
  /** The architecture's `changes`. */
  path: Path;
  changes: Raw;
  options: readonly Choice[];
}) {
  return (
    <ListTable
      columns={['Option', 'Under this architecture']}
      items={options}
      rowName={(o) => o.label}
      empty="The scenario has no GMCR options."
      cells={(o) => (
        <>
          <th scope="row">{o.label}</th>
          <td>
            <SelectField
              ctx={ctx}
              path={[...path, 'fixOptions', o.value]}
              label={`${o.label} under this architecture`}
              hideLabel
              value={fateOf(changes, o.value)}
              choices={FATES}
              onChoose={(fate) => ctx.commitAll(fateChanges(changes, path, o.value, fate))}
            />
          </td>
        </>
      )}
    />
  );
}
