/**
 * Implementation vetoes (`vetoes`): actors who can block carrying out an agreement on some
 * issues or options, seated at a table or not (e.g. the permanent members of the UN Security
 * Council over UN sanctions relief).
 */
import { actorChoices, idsOf, issueChoices, optionChoices } from './choices.ts';
import { ChecklistField } from './ChecklistField.tsx';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import { PickedItem } from './ItemPicker.tsx';
import { isRaw, listOf } from './rawData.ts';

export function VetoesForm({ data, ctx }: FormProps) {
  const vetoes = listOf(data.vetoes);
  const actors = actorChoices(data);
  return (
    <FormSection
      title="Implementation vetoes"
      count={vetoes.length}
      intro="Who can block carrying out an agreement — changing these options from their status quo, or settling these issues — whether or not they sit at a table. Each holder alone can block."
    >
      <PickedItem
        ctx={ctx}
        path={['vetoes']}
        items={vetoes}
        noun="veto"
        newItem={(id, n) => ({
          id,
          name: `New veto ${n}`,
          holders: actors.slice(0, 1).map((a) => a.value),
          scope: {},
        })}
        empty="No implementation vetoes."
      >
        {(veto, index) => {
          const scope = isRaw(veto.scope) ? veto.scope : {};
          const set = (
            key: string[],
            label: string,
            value: unknown,
            choices: ReturnType<typeof actorChoices>,
          ) => (
            <ChecklistField
              ctx={ctx}
              path={['vetoes', index, ...key]}
              label={label}
              value={idsOf(value)}
              choices={choices}
              keepEmpty={key[0] === 'holders'}
            />
          );
          return (
            <>
              <div className="form-grid">
                <IdentityFields ctx={ctx} path={['vetoes', index]} item={veto} />
              </div>
              <div className="form-grid">
                {set(['holders'], 'Holders', veto.holders, actors)}
                {set(
                  ['scope', 'issues'],
                  'Issues a settlement on needs every holder',
                  scope.issues,
                  issueChoices(data),
                )}
                {set(
                  ['scope', 'options'],
                  'Options changing from the status quo needs every holder',
                  scope.options,
                  optionChoices(data),
                )}
              </div>
            </>
          );
        }}
      </PickedItem>
    </FormSection>
  );
}
