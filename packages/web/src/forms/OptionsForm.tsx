/** The GMCR options: id, label, owner, reversibility and status quo, one row each; add and remove. */
import { CheckField, SelectField, TextField, type FieldContext } from './fields.tsx';
import { freshId, listOf, textOf, type Raw } from './rawData.ts';

const REVERSIBILITY = [
  { value: 'both', label: 'reversible' },
  { value: 'forward-only', label: 'once taken, final' },
  { value: 'backward-only', label: 'can only be withdrawn' },
];

export function OptionsForm({
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
  const options = listOf(data.options);
  const actors = listOf(data.actors).map((a) => ({
    value: textOf(a.id),
    label: textOf(a.name) || textOf(a.id),
  }));
  return (
    <section aria-labelledby="options-h">
      <h3 id="options-h">Options ({options.length})</h3>
      <p className="muted">
        Yes/no choices of the graph model, each owned by one actor. Their order is the bit order of
        the states (the first option is the first Y/N letter). Preferences and infeasible states are
        edited in the YAML editor.
      </p>
      <div className="table-scroll">
        <table className="data-table form-table">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Label</th>
              <th scope="col">Owner</th>
              <th scope="col">Reversibility</th>
              <th scope="col">Taken in the status quo</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {options.map((o, i) => {
              const name = textOf(o.label) || textOf(o.id);
              return (
                <tr key={i}>
                  <td>
                    <TextField
                      ctx={ctx}
                      path={['options', i, 'id']}
                      label={`Id of option ${i + 1}`}
                      hideLabel
                      value={textOf(o.id)}
                    />
                  </td>
                  <td>
                    <TextField
                      ctx={ctx}
                      path={['options', i, 'label']}
                      label={`Label of ${name}`}
                      hideLabel
                      value={textOf(o.label)}
                      wide
                    />
                  </td>
                  <td>
                    <SelectField
                      ctx={ctx}
                      path={['options', i, 'owner']}
                      label={`Owner of ${name}`}
                      hideLabel
                      value={textOf(o.owner)}
                      choices={actors}
                    />
                  </td>
                  <td>
                    <SelectField
                      ctx={ctx}
                      path={['options', i, 'reversibility']}
                      label={`Reversibility of ${name}`}
                      hideLabel
                      value={textOf(o.reversibility) || 'both'}
                      choices={REVERSIBILITY}
                    />
                  </td>
                  <td className="center">
                    <CheckField
                      ctx={ctx}
                      path={['options', i, 'statusQuo']}
                      label={`${name} taken in the status quo`}
                      hideLabel
                      value={o.statusQuo === true}
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
        disabled={actors.length === 0}
        onClick={() => {
          const id = freshId(
            'option',
            options.map((o) => textOf(o.id)),
          );
          add({ id, owner: actors[0]!.value, label: `New option ${options.length + 1}` });
        }}
      >
        Add an option
      </button>
    </section>
  );
}
