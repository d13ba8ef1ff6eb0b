/**
 * How the tracks relate (`sequencing`, or an architecture's `changes.sequencing`): parallel
 * (the default), sequenced in steps (each step one or more tracks running at once), or linked
 * in packages of tracks accepted or rejected together.
 */
import { idsOf, type Choice } from './choices.ts';
import { ChecklistField } from './ChecklistField.tsx';
import { SelectField } from './fields.tsx';
import type { FormContext } from './formContext.ts';
import { ListTable } from './ListTable.tsx';
import { isRaw, textOf, type Raw } from './rawData.ts';
import type { Path } from './yamlEdit.ts';

const KINDS: Choice[] = [
  { value: 'parallel', label: 'parallel: the tracks run at once, each on its own' },
  { value: 'sequenced', label: 'sequenced: in steps, one after another' },
  { value: 'linked', label: 'linked: packages of tracks accepted together' },
];

/** The sequencing of another kind: the list the new kind does not use goes, provenance stays. */
export function withSequencingKind(seq: Raw, kind: string): Raw {
  const { order, packages, ...rest } = seq;
  return {
    ...rest,
    kind,
    ...(kind === 'sequenced' ? { order: order ?? [] } : {}),
    ...(kind === 'linked' ? { packages: packages ?? [] } : {}),
  };
}

export function SequencingFields({
  ctx,
  path,
  sequencing,
  tracks,
  none,
}: {
  ctx: FormContext;
  path: Path;
  sequencing: unknown;
  tracks: readonly Choice[];
  /** What "no sequencing written" means here. */
  none: string;
}) {
  const seq = isRaw(sequencing) ? sequencing : null;
  const kind = seq ? textOf(seq.kind) : '';
  const groups = (key: 'order' | 'packages') => (seq && Array.isArray(seq[key]) ? seq[key] : []);
  const list = (key: 'order' | 'packages', noun: string) => (
    <ListTable
      columns={[noun === 'step' ? 'Step' : 'Package', 'Tracks']}
      items={groups(key)}
      rowName={(_, i) => `${noun} ${i + 1}`}
      onRemove={(i) => ctx.remove([...path, key], i)}
      onMove={key === 'order' ? (from, to) => ctx.move([...path, key], from, to) : undefined}
      addLabel={`Add a ${noun}`}
      addDisabled={tracks.length === 0}
      onAdd={() => ctx.append([...path, key], [tracks[0]!.value])}
      cells={(entry, i) => (
        <>
          <td className="num">{i + 1}</td>
          <td>
            <ChecklistField
              ctx={ctx}
              path={[...path, key, i]}
              label={`Tracks of ${noun} ${i + 1}`}
              value={idsOf(entry)}
              choices={tracks}
              keepEmpty
            />
          </td>
        </>
      )}
    />
  );
  return (
    <>
      <SelectField
        ctx={ctx}
        onChoose={(v) => ctx.commit(path, v === '' ? undefined : withSequencingKind(seq ?? {}, v))}
        path={[...path, 'kind']}
        label="How the tracks relate"
        value={kind}
        choices={KINDS}
        none={none}
      />
      {kind === 'sequenced' && list('order', 'step')}
      {kind === 'linked' && list('packages', 'package')}
    </>
  );
}
