/**
 * Infeasible states (`infeasible`): conditions in the statement language; every state satisfying
 * one is removed from the graph model — mutually exclusive options (`a & b`), an option that
 * needs another (`a & !b`). Irreversible options are set in the Options tab (reversibility).
 */
import { optionChoices } from './choices.ts';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { ConditionList } from './StatementList.tsx';

export function FeasibilityForm({ data, ctx }: FormProps) {
  return (
    <FormSection
      title="Infeasible states"
      count={Array.isArray(data.infeasible) ? data.infeasible.length : 0}
      intro="Each condition removes the states that satisfy it: “a & b” makes two options mutually exclusive, “a & !b” says a needs b. Options that cannot be undone (or only withdrawn) are set by their reversibility in the Options tab."
    >
      <ConditionList
        ctx={ctx}
        path={['infeasible']}
        entries={data.infeasible}
        options={optionChoices(data)}
        empty="Every combination of options is feasible."
      />
    </FormSection>
  );
}
