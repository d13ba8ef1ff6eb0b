/**
 * GMCR coalitions (`coalitions`): a partition of the decision makers. Each row says whom an
 * actor stands with; choosing moves it (coalitions.ts), so an actor is never in two coalitions.
 * When everyone stands alone the key is removed (singletons are the default).
 */
import { useId } from 'react';
import { actorChoices, labelOf } from './choices.ts';
import { groupOf, moveActor, partitionValue, readPartition } from './coalitions.ts';
import type { FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { decisionMakers } from './PreferencesForm.tsx';
import { problemsAt, Problems } from './fields.tsx';

export function CoalitionsForm({ data, ctx }: FormProps) {
  const actors = actorChoices(data);
  const { groups, repeated } = readPartition(
    data.coalitions,
    decisionMakers(data).map((m) => m.value),
  );
  const problemId = useId();
  const problems = problemsAt(ctx.diagnostics, ['coalitions']);
  const name = (id: string) => labelOf(actors, id);
  const choose = (actor: string, value: string) =>
    ctx.commit(
      ['coalitions'],
      partitionValue(moveActor(groups, actor, value === 'alone' ? 'alone' : Number(value))),
    );
  return (
    <FormSection
      title="Coalitions"
      count={groups.filter((g) => g.length > 1).length}
      intro="Decision makers who move together in the coalition analysis of the graph model. Every actor owning an option stands in exactly one coalition; alone is the default."
    >
      {repeated.length > 0 && (
        <p className="notice" role="status">
          The text puts {repeated.map(name).join(', ')} in more than one coalition; the form keeps
          the first. Any change here writes a clean partition.
        </p>
      )}
      <Problems id={problemId} problems={problems} />
      <div className="table-scroll">
        <table className="data-table form-table">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Stands</th>
            </tr>
          </thead>
          <tbody>
            {groups.flat().map((actor) => {
              const own = groupOf(groups, actor);
              return (
                <tr key={actor}>
                  <th scope="row">{name(actor)}</th>
                  <td>
                    <label className="field">
                      <span className="visually-hidden">Coalition of {name(actor)}</span>
                      <select
                        value={groups[own]!.length > 1 ? String(own) : 'alone'}
                        onChange={(e) => choose(actor, e.target.value)}
                        aria-describedby={problems.length ? problemId : undefined}
                      >
                        <option value="alone">alone</option>
                        {groups.map((g, k) =>
                          g.length === 1 && k === own ? null : (
                            <option key={k} value={String(k)}>
                              with{' '}
                              {g
                                .filter((id) => id !== actor)
                                .map(name)
                                .join(', ')}
                            </option>
                          ),
                        )}
                      </select>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </FormSection>
  );
}
