/**
 * The GMCR options: id, label, owner, reversibility (irreversible options) and status quo, one
 * row each; add, remove and reorder (the order is the bit order of the states).
 */
import { actorChoices } from './choices.ts';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { ListTable } from './ListTable.tsx';
import { freshId, listOf, textOf } from './rawData.ts';
import { rowFields } from './rowFields.tsx';

const REVERSIBILITY = [
  { value: 'both', label: 'reversible' },
  { value: 'forward-only', label: 'once taken, final' },
  { value: 'backward-only', label: 'can only be withdrawn' },
];

export function OptionsForm({ data, ctx }: FormProps) {
  const options = listOf(data.options);
  const actors = actorChoices(data);
  const nameOf = (i: number) =>
    textOf(options[i]!.label) || textOf(options[i]!.id) || `option ${i + 1}`;
  return (
    <FormSection
      title="Options"
      count={options.length}
      intro="Yes/no choices of the graph model, each owned by one actor. Their order is the bit order of the states (the first option is the first Y/N letter): moving an option reorders the letters of every state, so explicit rankings must be rewritten. Preferences and infeasible states have their own tabs."
    >
      <ListTable
        columns={['Id', 'Label', 'Owner', 'Reversibility', 'Taken in the status quo']}
        items={options}
        rowName={(_, i) => nameOf(i)}
        onRemove={(i) => ctx.remove(['options'], i)}
        onMove={(from, to) => ctx.move(['options'], from, to)}
        addLabel="Add an option"
        addDisabled={actors.length === 0}
        onAdd={() =>
          ctx.append(['options'], {
            id: freshId(
              'option',
              options.map((o) => textOf(o.id)),
            ),
            owner: actors[0]!.value,
            label: `New option ${options.length + 1}`,
          })
        }
        cells={(o, i) => {
          const row = rowFields(ctx, ['options', i], nameOf(i));
          return (
            <>
              {row.text('id', 'Id', o.id)}
              {row.text('label', 'Label', o.label, true)}
              {row.select('owner', 'Owner', textOf(o.owner), actors)}
              {row.select(
                'reversibility',
                'Reversibility',
                textOf(o.reversibility) || 'both',
                REVERSIBILITY,
              )}
              {row.check('statusQuo', 'Status quo', o.statusQuo === true)}
            </>
          );
        }}
      />
    </FormSection>
  );
}
