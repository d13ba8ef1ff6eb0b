/**
 * A list of statements or conditions: preference statements (most important first), states an
 * actor misperceives, infeasibility conditions. Each entry is a StatementField, with its note or
 * reason beside it when the list has one (a bare string gains the object form when given one).
 */
import type { Choice } from './choices.ts';
import { TextField } from './fields.tsx';
import type { FormContext } from './formContext.ts';
import { ListTable } from './ListTable.tsx';
import { StatementField } from './StatementField.tsx';
import { textEntry } from './textEntry.ts';
import type { Path } from './yamlEdit.ts';

export interface StatementListProps {
  ctx: FormContext;
  path: Path;
  entries: unknown[];
  options: readonly Choice[];
  /** The key of the text in the object form (`statement`, `when`); none for plain strings. */
  textKey?: string;
  /** A second column for the object form's note or reason. */
  extra?: { name: string; label: string };
  /** What an entry is called: "statement" → "statement 2" in labels. */
  noun: string;
  columns: readonly string[];
  /** Whether order matters (priorities): adds a number column and up/down buttons. */
  ordered?: boolean;
  addLabel: string;
  /** The text of a new entry (a valid statement, so the scenario stays valid). */
  newEntry: string;
  caption?: string;
  empty?: string;
}

export function StatementList(props: StatementListProps) {
  const { ctx, path, entries, options, textKey, extra, noun, ordered } = props;
  return (
    <ListTable
      caption={props.caption}
      empty={props.empty}
      columns={props.columns}
      items={entries}
      rowName={(_, i) => `${noun} ${i + 1}`}
      onRemove={(i) => ctx.remove(path, i)}
      onMove={ordered ? (from, to) => ctx.move(path, from, to) : undefined}
      addLabel={props.addLabel}
      addDisabled={options.length === 0}
      onAdd={() => ctx.append(path, props.newEntry)}
      cells={(entry, i) => {
        const e = textEntry(ctx, [...path, i], entry, textKey ?? '');
        const field = extra && e.field(extra.name);
        return (
          <>
            {ordered && <td className="num">{i + 1}</td>}
            <td>
              <StatementField
                ctx={ctx}
                path={e.textPath}
                label={`${noun[0]!.toUpperCase()}${noun.slice(1)} ${i + 1}`}
                hideLabel
                value={e.text}
                options={options}
              />
            </td>
            {field && (
              <td>
                <TextField
                  ctx={field.ctx}
                  path={field.path}
                  label={`${extra.label} of ${noun} ${i + 1}`}
                  hideLabel
                  value={field.value}
                  wide
                />
              </td>
            )}
          </>
        );
      }}
    />
  );
}

/**
 * Infeasibility conditions (`infeasible`, or an architecture's `changes.infeasible`), each with
 * its reason; a new one makes the first two options exclude each other.
 */
export function ConditionList({
  ctx,
  path,
  entries,
  options,
  empty,
}: Pick<StatementListProps, 'ctx' | 'path' | 'options' | 'empty'> & { entries: unknown }) {
  const pair = options.length >= 2 ? `${options[0]!.value} & ${options[1]!.value}` : '';
  return (
    <StatementList
      ctx={ctx}
      path={path}
      entries={Array.isArray(entries) ? entries : []}
      options={options}
      textKey="when"
      extra={{ name: 'reason', label: 'Reason' }}
      noun="condition"
      columns={['Condition', 'Reason']}
      addLabel="Add a condition"
      newEntry={pair || (options[0]?.value ?? 'option')}
      empty={empty}
    />
  );
}
