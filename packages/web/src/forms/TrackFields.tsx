/**
 * One negotiating table (a track): id, name, the issues it negotiates, the parties seated at it,
 * its chair and mediator, and how it decides. Used for `tracks[i]` and for the tracks an
 * architecture adds.
 */
import { idsOf, type Choice } from './choices.ts';
import { ChecklistField } from './ChecklistField.tsx';
import { NumberField, SelectField } from './fields.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import type { FormContext } from './formContext.ts';
import { isRaw, numberOf, textOf, type Raw } from './rawData.ts';
import type { Path } from './yamlEdit.ts';

const RULES: Choice[] = [
  { value: 'unanimity', label: 'unanimity: every party must accept' },
  { value: 'veto-players', label: 'veto players: the listed parties must accept' },
  { value: 'majority', label: 'majority: a quota of parties must accept' },
];

/** The decision rule of another kind: keys the new kind does not allow go, provenance stays. */
export function withRuleKind(rule: Raw, kind: string): Raw {
  const { vetoPlayers, quota, ...rest } = rule;
  return {
    ...rest,
    kind,
    ...(kind !== 'unanimity' && vetoPlayers !== undefined ? { vetoPlayers } : {}),
    ...(kind === 'majority' && quota !== undefined ? { quota } : {}),
  };
}

export function TrackFields({
  ctx,
  path,
  track,
  actors,
  issues,
}: {
  ctx: FormContext;
  path: Path;
  track: Raw;
  actors: readonly Choice[];
  issues: readonly Choice[];
}) {
  const at = (...rest: string[]) => [...path, ...rest];
  const parties = idsOf(track.parties);
  const seated = actors.filter((a) => parties.includes(a.value));
  const rule = isRaw(track.decisionRule) ? track.decisionRule : { kind: 'unanimity' };
  const kind = textOf(rule.kind) || 'unanimity';
  return (
    <>
      <div className="form-grid">
        <IdentityFields ctx={ctx} path={path} item={track} />
      </div>
      <div className="form-grid">
        <ChecklistField
          ctx={ctx}
          path={at('parties')}
          label="Parties (seated at the table)"
          value={parties}
          choices={actors}
          keepEmpty
        />
        <ChecklistField
          ctx={ctx}
          path={at('issues')}
          label="Issues negotiated here"
          value={idsOf(track.issues)}
          choices={issues}
        />
        <div className="field-stack">
          <SelectField
            ctx={ctx}
            path={at('chair')}
            label="Chair (a party)"
            value={textOf(track.chair)}
            choices={seated}
            none="— no chair —"
          />
          <SelectField
            ctx={ctx}
            path={at('mediator')}
            label="Mediator (a party or an outsider)"
            value={textOf(track.mediator)}
            choices={actors}
            none="— no mediator —"
          />
          <SelectField
            ctx={ctx}
            path={at('decisionRule', 'kind')}
            onChoose={(v) => ctx.commit(at('decisionRule'), withRuleKind(rule, v))}
            label="Decision rule"
            value={kind}
            choices={RULES}
          />
          {kind === 'majority' && (
            <NumberField
              ctx={ctx}
              path={at('decisionRule', 'quota')}
              label="Quota (parties that must accept; empty: more than half)"
              value={numberOf(rule.quota)}
            />
          )}
        </div>
        {kind !== 'unanimity' && (
          <ChecklistField
            ctx={ctx}
            path={at('decisionRule', 'vetoPlayers')}
            label="Veto players (parties whose acceptance is required)"
            value={idsOf(rule.vetoPlayers)}
            choices={seated}
          />
        )}
      </div>
    </>
  );
}
