/** The actors: id, name, capability and description, one row each; add and remove. */
import { NumberField, TextField, type FieldContext } from './fields.tsx';
import { freshId, listOf, numberOf, textOf, type Raw } from './rawData.ts';
import { withNumber } from './yamlEdit.ts';

export function ActorsForm({
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
  const actors = listOf(data.actors);
  return (
    <section aria-labelledby="actors-h">
      <h3 id="actors-h">Actors ({actors.length})</h3>
      <p className="muted">
        Capability is the actor's relative power for the forecasting models (any non-negative
        scale). Sources, ranges and indicators are kept as written; edit them in the YAML editor.
      </p>
      <div className="table-scroll">
        <table className="data-table form-table">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Capability</th>
              <th scope="col">Description</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a, i) => {
              const name = textOf(a.name) || textOf(a.id);
              return (
                <tr key={i}>
                  <td>
                    <TextField
                      ctx={ctx}
                      path={['actors', i, 'id']}
                      label={`Id of actor ${i + 1}`}
                      hideLabel
                      value={textOf(a.id)}
                    />
                  </td>
                  <td>
                    <TextField
                      ctx={ctx}
                      path={['actors', i, 'name']}
                      label={`Name of ${name}`}
                      hideLabel
                      value={textOf(a.name)}
                    />
                  </td>
                  <td>
                    <NumberField
                      ctx={ctx}
                      path={['actors', i, 'capability']}
                      label={`Capability of ${name}`}
                      hideLabel
                      value={numberOf(a.capability)}
                      toValue={(n) => withNumber(a.capability, n)}
                    />
                  </td>
                  <td>
                    <TextField
                      ctx={ctx}
                      path={['actors', i, 'description']}
                      label={`Description of ${name}`}
                      hideLabel
                      value={textOf(a.description)}
                      wide
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button small"
                      onClick={() => remove(i)}
                      aria-label={`Remove ${name}`}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          const id = freshId(
            'actor',
            actors.map((a) => textOf(a.id)),
          );
          add({ id, name: `New actor ${actors.length + 1}` });
        }}
      >
        Add an actor
      </button>
    </section>
  );
}
