/** The issues: name and scale, and each actor's position and salience on it. */
import { NumberField, TextField, type FieldContext } from './fields.tsx';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import { PickedItem } from './ItemPicker.tsx';
import { ListTable } from './ListTable.tsx';
import { isRaw, listOf, numberOf, textOf, type Raw } from './rawData.ts';
import { rowFields } from './rowFields.tsx';

export function IssuesForm({ data, ctx }: FormProps) {
  const issues = listOf(data.issues);
  const actors = listOf(data.actors);
  return (
    <FormSection title="Issues" count={issues.length}>
      <PickedItem
        ctx={ctx}
        path={['issues']}
        items={issues}
        noun="issue"
        newItem={(id, n) => ({
          id,
          name: `New issue ${n}`,
          scale: { min: 0, max: 100, low: 'low end', high: 'high end' },
          positions: {},
        })}
        empty="No issues: the forecasting and negotiation views need at least one."
      >
        {(issue, index) => <IssueFields issue={issue} index={index} actors={actors} ctx={ctx} />}
      </PickedItem>
    </FormSection>
  );
}

function IssueFields({
  issue,
  index,
  actors,
  ctx,
}: {
  issue: Raw;
  index: number;
  actors: Raw[];
  ctx: FieldContext;
}) {
  const at = (...rest: (string | number)[]) => ['issues', index, ...rest];
  const scale = isRaw(issue.scale) ? issue.scale : {};
  const positions = isRaw(issue.positions) ? issue.positions : {};
  return (
    <>
      <div className="form-grid">
        <IdentityFields ctx={ctx} path={['issues', index]} item={issue} />
        <NumberField
          ctx={ctx}
          path={at('scale', 'min')}
          label="Scale from"
          value={numberOf(scale.min) ?? 0}
        />
        <NumberField
          ctx={ctx}
          path={at('scale', 'max')}
          label="Scale to"
          value={numberOf(scale.max) ?? 100}
        />
        <TextField
          ctx={ctx}
          path={at('scale', 'low')}
          label="What the low end means"
          value={textOf(scale.low)}
          wide
        />
        <TextField
          ctx={ctx}
          path={at('scale', 'high')}
          label="What the high end means"
          value={textOf(scale.high)}
          wide
        />
      </div>
      <ListTable
        caption="Each actor's preferred point on the scale, and how much it cares (salience, 0–100)."
        columns={['Actor', 'Position', 'Salience', 'Takes part']}
        items={actors}
        rowName={(a) => textOf(a.name) || textOf(a.id)}
        cells={(a) => {
          const id = textOf(a.id);
          const name = textOf(a.name) || id;
          const p = isRaw(positions[id]) ? positions[id] : null;
          const row = rowFields(ctx, at('positions', id), name);
          const midpoint = ((numberOf(scale.min) ?? 0) + (numberOf(scale.max) ?? 100)) / 2;
          return (
            <>
              <th scope="row">{name}</th>
              {p ? (
                <>
                  {row.quantity('position', 'Position', p.position)}
                  {row.quantity('salience', 'Salience', p.salience)}
                  <td>
                    <button
                      type="button"
                      className="button small"
                      onClick={() => ctx.commit(at('positions', id), undefined)}
                    >
                      No position
                    </button>
                  </td>
                </>
              ) : (
                <td colSpan={3}>
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      ctx.commit(at('positions', id), { position: midpoint, salience: 50 })
                    }
                  >
                    Give {name} a position
                  </button>
                </td>
              )}
            </>
          );
        }}
      />
    </>
  );
}
