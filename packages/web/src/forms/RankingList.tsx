/**
 * An explicit ranking of states, most preferred first: each entry a state written as one Y/N
 * letter per option in declaration order (`YNY`), or several states that tie (`YNY, NNY`, written
 * as a list). Each entry is checked as typed: letters, and as many as there are options.
 */
import type { Diagnostic } from '@parley/model';
import type { Choice } from './choices.ts';
import { DraftField, type BaseProps } from './fields.tsx';
import type { FormContext } from './formContext.ts';
import { ListTable } from './ListTable.tsx';
import { textOf } from './rawData.ts';
import type { Path } from './yamlEdit.ts';

/** `YNY, NNY` → `['YNY', 'NNY']`; one state stays a string. */
export function parseRankingEntry(text: string): string | string[] {
  const states = text
    .split(/[\s,;]+/)
    .filter((s) => s !== '')
    .map((s) => s.toUpperCase());
  return states.length === 1 ? states[0]! : states;
}

export const rankingEntryText = (entry: unknown): string =>
  Array.isArray(entry) ? entry.map(textOf).join(', ') : textOf(entry);

/** What is wrong with the states of an entry, for `optionCount` options. */
export function rankingProblems(text: string, optionCount: number): Diagnostic[] {
  const states = [parseRankingEntry(text)].flat();
  const problem = (message: string, hint: string): Diagnostic => ({
    code: 'ranking-state',
    severity: 'error',
    path: '',
    message,
    hint,
  });
  if (states.length === 0) return [problem('the entry is empty', 'write a state such as `YNY`')];
  return states.flatMap((s) =>
    !/^[YN]+$/.test(s)
      ? [problem(`\`${s}\` is not a state`, 'a state is one Y or N per option')]
      : s.length !== optionCount
        ? [problem(`\`${s}\` has ${s.length} letters`, `one per option: ${optionCount}`)]
        : [],
  );
}

function RankingField({
  value,
  options,
  ...base
}: BaseProps & { value: unknown; options: readonly Choice[] }) {
  const taken = (state: string) =>
    options
      .filter((_, k) => state[k] === 'Y')
      .map((o) => o.value)
      .join(', ') || 'no option';
  return (
    <DraftField
      {...base}
      value={rankingEntryText(value)}
      toValue={(d) => (d.trim() === '' ? null : { value: parseRankingEntry(d) })}
      inputProps={{ type: 'text', className: 'wide statement', spellCheck: false }}
      check={(draft) => rankingProblems(draft, options.length)}
      after={(draft) => {
        const states = [parseRankingEntry(draft)].flat();
        return (
          rankingProblems(draft, options.length).length === 0 && (
            <span className="statement-options muted">
              {states.map((s) => `${s}: ${taken(s)}`).join(' · ')}
            </span>
          )
        );
      }}
    />
  );
}

export function RankingList({
  ctx,
  path,
  ranking,
  options,
}: {
  ctx: FormContext;
  path: Path;
  ranking: unknown[];
  options: readonly Choice[];
}) {
  return (
    <ListTable
      caption="Most preferred first. Tied states share an entry, separated by commas."
      columns={['Rank', 'States (Y/N per option)']}
      items={ranking}
      rowName={(_, i) => `rank ${i + 1}`}
      onRemove={(i) => ctx.remove(path, i)}
      onMove={(from, to) => ctx.move(path, from, to)}
      addLabel="Add a state"
      onAdd={() => ctx.append(path, 'N'.repeat(options.length))}
      cells={(entry, i) => (
        <>
          <td className="num">{i + 1}</td>
          <td>
            <RankingField
              ctx={ctx}
              path={[...path, i]}
              label={`States at rank ${i + 1}`}
              hideLabel
              value={entry}
              options={options}
            />
          </td>
        </>
      )}
    />
  );
}
