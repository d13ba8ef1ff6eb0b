/** The actors: id, name, capability and description, one row each; add and remove. */
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { ListTable } from './ListTable.tsx';
import { freshId, listOf, textOf } from './rawData.ts';
import { rowFields } from './rowFields.tsx';

export function ActorsForm({ data, ctx }: FormProps) {
  const actors = listOf(data.actors);
  const nameOf = (i: number) =>
    textOf(actors[i]!.name) || textOf(actors[i]!.id) || `actor ${i + 1}`;
  return (
    <FormSection
      title="Actors"
      count={actors.length}
      intro="Capability is the actor's relative power for the forecasting models (any non-negative scale). Sources, ranges and indicators are kept as written; edit them in the YAML editor."
    >
      <ListTable
        columns={['Id', 'Name', 'Capability', 'Description']}
        items={actors}
        rowName={(_, i) => nameOf(i)}
        onRemove={(i) => ctx.remove(['actors'], i)}
        addLabel="Add an actor"
        onAdd={() =>
          ctx.append(['actors'], {
            id: freshId(
              'actor',
              actors.map((a) => textOf(a.id)),
            ),
            name: `New actor ${actors.length + 1}`,
          })
        }
        cells={(a, i) => {
          const row = rowFields(ctx, ['actors', i], nameOf(i));
          return (
            <>
              {row.text('id', 'Id', a.id)}
              {row.text('name', 'Name', a.name)}
              {row.quantity('capability', 'Capability', a.capability)}
              {row.text('description', 'Description', a.description, true)}
            </>
          );
        }}
      />
    </FormSection>
  );
}
