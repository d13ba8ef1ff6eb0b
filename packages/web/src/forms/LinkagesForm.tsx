/** Forecasting linkages (`linkages`): issues negotiated as one package, at least two each. */
import { idsOf, issueChoices } from './choices.ts';
import { ChecklistField } from './ChecklistField.tsx';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { ListTable } from './ListTable.tsx';
import { freshId, listOf, textOf } from './rawData.ts';
import { rowFields } from './rowFields.tsx';

export function LinkagesForm({ data, ctx }: FormProps) {
  const linkages = listOf(data.linkages);
  const issues = issueChoices(data);
  return (
    <FormSection
      title="Issue linkages"
      count={linkages.length}
      intro="Issues the forecasting models treat as one package, bargained over jointly. Linkages that share an issue merge into one package."
    >
      <ListTable
        columns={['Id', 'Issues in the package', 'Note']}
        items={linkages}
        rowName={(l, i) => textOf(l.id) || `linkage ${i + 1}`}
        onRemove={(i) => ctx.remove(['linkages'], i)}
        addLabel="Add a linkage"
        addDisabled={issues.length < 2}
        onAdd={() =>
          ctx.append(['linkages'], {
            id: freshId(
              'linkage',
              linkages.map((l) => textOf(l.id)),
            ),
            issues: issues.slice(0, 2).map((i) => i.value),
          })
        }
        empty="No linkages: every issue is forecast on its own."
        cells={(l, i) => {
          const name = textOf(l.id) || `linkage ${i + 1}`;
          const row = rowFields(ctx, ['linkages', i], name);
          return (
            <>
              {row.text('id', 'Id', l.id)}
              <td>
                <ChecklistField
                  ctx={ctx}
                  path={['linkages', i, 'issues']}
                  label={`Issues of ${name}`}
                  value={idsOf(l.issues)}
                  choices={issues}
                  keepEmpty
                />
              </td>
              {row.text('note', 'Note', l.note, true)}
            </>
          );
        }}
      />
    </FormSection>
  );
}
