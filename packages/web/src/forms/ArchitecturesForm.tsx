/**
 * Named variants of the scenario (`architectures`), one at a time: name and description, what
 * each does to the GMCR options, the conditions it adds, which tracks and vetoes it removes, the
 * roles and sequencing it imposes. Changes to track membership and added tracks or vetoes are
 * summarised here and edited in the YAML editor.
 */
import { ArchitectureOptions } from './ArchitectureOptions.tsx';
import { actorChoices, idsOf, optionChoices, trackChoices, vetoChoices } from './choices.ts';
import { ChecklistField } from './ChecklistField.tsx';
import { CheckField } from './fields.tsx';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import { PickedItem } from './ItemPicker.tsx';
import { isRaw, listOf, textOf, type Raw } from './rawData.ts';
import { RolesTable } from './RolesTable.tsx';
import { SequencingFields } from './SequencingFields.tsx';
import { ConditionList } from './StatementList.tsx';
import type { Path } from './yamlEdit.ts';

export function ArchitecturesForm({ data, ctx }: FormProps) {
  const architectures = listOf(data.architectures);
  return (
    <FormSection
      title="Architectures"
      count={architectures.length}
      intro="Named variants of the structure, compared side by side: who sits where, in what roles and order, under what constraints. One of them may be the baseline — the scenario as written."
    >
      <PickedItem
        ctx={ctx}
        path={['architectures']}
        items={architectures}
        noun="architecture"
        newItem={(id, n) => ({ id, name: `New architecture ${n}` })}
        empty="No architectures: the comparison view has only the scenario as written."
      >
        {(arch, index) => <ArchitectureFields data={data} ctx={ctx} index={index} arch={arch} />}
      </PickedItem>
    </FormSection>
  );
}

function ArchitectureFields({ data, ctx, index, arch }: FormProps & { index: number; arch: Raw }) {
  const at = ['architectures', index];
  const changes = isRaw(arch.changes) ? arch.changes : {};
  return (
    <>
      <div className="form-grid">
        <IdentityFields ctx={ctx} path={at} item={arch} />
        <CheckField
          ctx={ctx}
          path={[...at, 'baseline']}
          label="The baseline (the scenario as written, no changes)"
          value={arch.baseline === true}
        />
      </div>
      {arch.baseline === true && Object.keys(changes).length === 0 ? (
        <p className="muted">
          The baseline is the scenario as written: it changes nothing. Untick it to give this
          architecture changes.
        </p>
      ) : (
        <ArchitectureChanges data={data} ctx={ctx} path={[...at, 'changes']} changes={changes} />
      )}
    </>
  );
}

function ArchitectureChanges({
  data,
  ctx,
  path,
  changes,
}: FormProps & { path: Path; changes: Raw }) {
  const c = (...rest: string[]) => [...path, ...rest];
  const trackChanges = isRaw(changes.tracks) ? changes.tracks : {};
  const vetoChanges = isRaw(changes.vetoes) ? changes.vetoes : {};
  // Roles and sequencing may name the tracks this architecture adds.
  const tracks = [
    ...trackChoices(data),
    ...listOf(trackChanges.add).map((t) => ({
      value: textOf(t.id),
      label: textOf(t.name) || textOf(t.id),
    })),
  ];
  const options = optionChoices(data);
  return (
    <>
      <h3>GMCR options</h3>
      <ArchitectureOptions ctx={ctx} path={path} changes={changes} options={options} />
      <h3>Further infeasible states</h3>
      <ConditionList
        ctx={ctx}
        path={c('infeasible')}
        entries={changes.infeasible}
        options={options}
        empty="No conditions added."
      />
      <h3>Tracks and vetoes</h3>
      <div className="form-grid">
        <ChecklistField
          ctx={ctx}
          path={c('tracks', 'remove')}
          label="Tracks removed"
          value={idsOf(trackChanges.remove)}
          choices={trackChoices(data)}
        />
        <ChecklistField
          ctx={ctx}
          path={c('vetoes', 'remove')}
          label="Vetoes removed"
          value={idsOf(vetoChanges.remove)}
          choices={vetoChoices(data)}
        />
        <ChangeSummary trackChanges={trackChanges} vetoChanges={vetoChanges} />
      </div>
      <h3>Roles under this architecture</h3>
      <p className="muted">An actor listed here has these roles instead of its roles as written.</p>
      <RolesTable
        ctx={ctx}
        path={c('roles')}
        roles={changes.roles}
        actors={actorChoices(data)}
        tracks={tracks}
      />
      <h3>Sequencing under this architecture</h3>
      <SequencingFields
        ctx={ctx}
        path={c('sequencing')}
        sequencing={changes.sequencing}
        tracks={tracks}
        none="as in the scenario"
      />
    </>
  );
}

/** The track and veto changes this form does not edit, so the reader knows they are there. */
function ChangeSummary({ trackChanges, vetoChanges }: { trackChanges: Raw; vetoChanges: Raw }) {
  const names = (list: unknown) => listOf(list).map((t) => textOf(t.name) || textOf(t.id));
  const modified = isRaw(trackChanges.modify) ? Object.keys(trackChanges.modify) : [];
  const lines = [
    modified.length > 0 && `Modifies the tracks ${modified.join(', ')}.`,
    names(trackChanges.add).length > 0 && `Adds the tracks: ${names(trackChanges.add).join('; ')}.`,
    names(vetoChanges.add).length > 0 && `Adds the vetoes: ${names(vetoChanges.add).join('; ')}.`,
  ].filter((l): l is string => typeof l === 'string');
  return (
    <div className="change-summary">
      <span className="field-label">Other changes (edit them in the YAML editor)</span>
      {lines.length > 0 ? lines.map((l) => <p key={l}>{l}</p>) : <p className="muted">none</p>}
    </div>
  );
}
