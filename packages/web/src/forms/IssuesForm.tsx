/** The issues: name and scale, and each actor's position and salience on it. */
import { useState } from 'react';
import { NumberField, TextField, type FieldContext } from './fields.tsx';
import { freshId, isRaw, listOf, numberOf, textOf, type Raw } from './rawData.ts';
import { withNumber } from './yamlEdit.ts';

export function IssuesForm({
  data,
  ctx,
  add,
  remove,
}: {
  data: Raw;
  ctx: FieldContext;
  add(item: unknown): void;
  remove(index: number): void;
}) {
  const issues = listOf(data.issues);
  const actors = listOf(data.actors);
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, Math.max(0, issues.length - 1));
  const issue = issues[index];
  return (
    <section aria-labelledby="issues-h">
      <h3 id="issues-h">Issues ({issues.length})</h3>
      <div className="toolbar">
        <label className="inline">
          <span>Issue</span>
          <select
            value={index}
            onChange={(e) => setSelected(Number(e.target.value))}
            disabled={issues.length === 0}
          >
            {issues.map((i, k) => (
              <option key={k} value={k}>
                {textOf(i.name) || textOf(i.id)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => {
            add({
              id: freshId(
                'issue',
                issues.map((i) => textOf(i.id)),
              ),
              name: `New issue ${issues.length + 1}`,
              scale: { min: 0, max: 100, low: 'low end', high: 'high end' },
              positions: {},
            });
            setSelected(issues.length);
          }}
        >
          Add an issue
        </button>
        {issue && (
          <button type="button" className="button" onClick={() => remove(index)}>
            Remove this issue
          </button>
        )}
      </div>
      {issue && <IssueFields issue={issue} index={index} actors={actors} ctx={ctx} />}
    </section>
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
        <TextField ctx={ctx} path={at('id')} label="Id" value={textOf(issue.id)} />
        <TextField ctx={ctx} path={at('name')} label="Name" value={textOf(issue.name)} wide />
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
      <div className="table-scroll">
        <table className="data-table form-table">
          <caption>
            Each actor's preferred point on the scale, and how much it cares (salience, 0–100).
          </caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Position</th>
              <th scope="col">Salience</th>
              <th scope="col">
                <span className="visually-hidden">Take part</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => {
              const id = textOf(a.id);
              const name = textOf(a.name) || id;
              const p = isRaw(positions[id]) ? (positions[id] as Raw) : null;
              return (
                <tr key={id}>
                  <th scope="row">{name}</th>
                  {p ? (
                    <>
                      <td>
                        <NumberField
                          ctx={ctx}
                          path={at('positions', id, 'position')}
                          label={`Position of ${name}`}
                          hideLabel
                          value={numberOf(p.position)}
                          toValue={(n) => withNumber(p.position, n)}
                        />
                      </td>
                      <td>
                        <NumberField
                          ctx={ctx}
                          path={at('positions', id, 'salience')}
                          label={`Salience for ${name}`}
                          hideLabel
                          value={numberOf(p.salience)}
                          toValue={(n) => withNumber(p.salience, n)}
                        />
                      </td>
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
                          ctx.commit(at('positions', id), {
                            position:
                              ((numberOf(scale.min) ?? 0) + (numberOf(scale.max) ?? 100)) / 2,
                            salience: 50,
                          })
                        }
                      >
                        Give {name} a position
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
