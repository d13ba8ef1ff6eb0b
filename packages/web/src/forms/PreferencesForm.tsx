/**
 * Each GMCR decision maker's preference (`preferences.<actor>`): prioritized statements, most
 * important first (GMCR+ option prioritization), or an explicit ranking of states; and the states
 * it misperceives. Decision makers are the actors that own an option, and any actor given a
 * preference.
 */
import { useState } from 'react';
import { actorChoices, optionChoices, type Choice } from './choices.ts';
import type { FormContext, FormProps } from './formContext.ts';
import { FormSection } from './FormSection.tsx';
import { clampIndex, ItemPicker } from './ItemPicker.tsx';
import { RankingList } from './RankingList.tsx';
import { isRaw, listOf, textOf, type Raw } from './rawData.ts';
import { StatementList } from './StatementList.tsx';

/** Actors owning an option, then any other actor with a preference, in the order of `actors`. */
export function decisionMakers(data: Raw): Choice[] {
  const owners = new Set(listOf(data.options).map((o) => textOf(o.owner)));
  const written = isRaw(data.preferences) ? Object.keys(data.preferences) : [];
  return actorChoices(data).filter((a) => owners.has(a.value) || written.includes(a.value));
}

export function PreferencesForm({ data, ctx }: FormProps) {
  const makers = decisionMakers(data);
  const [selected, setSelected] = useState(0);
  const index = clampIndex(selected, makers.length);
  const maker = makers[index];
  const preferences = isRaw(data.preferences) ? data.preferences : {};
  const options = optionChoices(data);
  return (
    <FormSection
      title="Preferences"
      intro="Each decision maker's preference over the states of the graph model: statements in order of priority (a state satisfying a statement beats every state that does not, unless a more important statement decides), or a ranking of the states."
    >
      {maker ? (
        <>
          <ItemPicker
            label="Decision maker"
            names={makers.map((m) => m.label)}
            index={index}
            onSelect={setSelected}
          />
          <Preference
            ctx={ctx}
            actor={maker}
            preference={preferences[maker.value]}
            options={options}
            own={listOf(data.options)
              .filter((o) => textOf(o.owner) === maker.value)
              .map((o) => textOf(o.id))}
          />
          <OptionLegend data={data} />
        </>
      ) : (
        <p className="muted">No actor owns an option yet: add options first (Options tab).</p>
      )}
    </FormSection>
  );
}

function Preference({
  ctx,
  actor,
  preference,
  options,
  own,
}: {
  ctx: FormContext;
  actor: Choice;
  preference: unknown;
  options: readonly Choice[];
  own: string[];
}) {
  const at = ['preferences', actor.value];
  const pref = isRaw(preference) ? preference : null;
  const ownFirst = own[0] ?? options[0]?.value ?? 'option';
  const listed = (key: string) => (pref && Array.isArray(pref[key]) ? pref[key] : []);
  const start = (key: 'statements' | 'ranking', first: unknown) =>
    ctx.commitAll([
      [[...at, 'statements'], key === 'statements' ? [first] : undefined],
      [[...at, 'ranking'], key === 'ranking' ? [first] : undefined],
    ]);
  // Which kind to write is chosen while there is nothing of either kind to lose.
  if (!pref || (listed('statements').length === 0 && listed('ranking').length === 0))
    return (
      <div className="toolbar">
        <span>{actor.label} has no preference yet.</span>
        <button type="button" className="button" onClick={() => start('statements', ownFirst)}>
          Write statements
        </button>
        <button
          type="button"
          className="button"
          onClick={() => start('ranking', 'N'.repeat(options.length))}
        >
          Write a ranking
        </button>
      </div>
    );
  const misperceived = Array.isArray(pref.misperceived) ? pref.misperceived : [];
  return (
    <>
      {Array.isArray(pref.statements) ? (
        <StatementList
          ctx={ctx}
          path={[...at, 'statements']}
          entries={pref.statements}
          options={options}
          textKey="statement"
          extra={{ name: 'note', label: 'Note' }}
          noun="statement"
          columns={['Priority', 'Statement', 'Note']}
          ordered
          addLabel="Add a statement"
          newEntry={ownFirst}
          caption={`${actor.label}'s statements, most important first. Write option ids with & (and), | (or), ! (not), "q if p", "q iff p" and parentheses.`}
        />
      ) : (
        <RankingList
          ctx={ctx}
          path={[...at, 'ranking']}
          ranking={pref.ranking as unknown[]}
          options={options}
        />
      )}
      <h3>States {actor.label} does not perceive</h3>
      <StatementList
        ctx={ctx}
        path={[...at, 'misperceived']}
        entries={misperceived}
        options={options}
        noun="misperceived condition"
        columns={['Condition']}
        addLabel="Add a misperceived condition"
        newEntry={options[0]?.value ?? 'option'}
        empty={`${actor.label} perceives every state (no misperception).`}
      />
    </>
  );
}

/** The options in bit order: the letters of a state, and the ids statements name. */
function OptionLegend({ data }: { data: Raw }) {
  const actors = actorChoices(data);
  return (
    <details className="option-legend">
      <summary>The options, in the order of the Y/N letters</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Letter</th>
            <th scope="col">Id</th>
            <th scope="col">Label</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {listOf(data.options).map((o, k) => (
            <tr key={k}>
              <td className="num">{k + 1}</td>
              <td>
                <code>{textOf(o.id)}</code>
              </td>
              <td>{textOf(o.label)}</td>
              <td>{actors.find((a) => a.value === textOf(o.owner))?.label ?? textOf(o.owner)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
