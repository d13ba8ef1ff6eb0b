/**
 * The forecast view: where each issue settles under the formula baselines (weighted mean,
 * capability-weighted mean, weighted median) and the two simulations (BDM expected utility,
 * KTAB spatial model) — side by side per issue, each simulation's trajectory per actor, and
 * with Monte Carlo the distribution of every model's forecast. Computed in the engine worker,
 * or on the Parley server when there is one.
 */
import { useMemo, useState } from 'react';
import type { IssueForecast, ForecastSection } from '@parley/report';
import { useReportParams } from '../../app/reportParams.ts';
import { EChart } from '../../charts/EChart.tsx';
import { RunBody } from '../common/RunStatus.tsx';
import { RunsAndSeedToolbar } from '../common/SettingsToolbar.tsx';
import { useRunSettings } from '../common/useRunSettings.ts';
import { useViewRun } from '../common/useViewRun.ts';
import { useViewScenario } from '../common/useViewScenario.ts';
import { ViewFrame } from '../common/ViewFrame.tsx';
import { histogramOption, trajectoryOption } from './forecastCharts.ts';

const RUN_CHOICES = [0, 200, 1000];

const fmt = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);

export default function ForecastView() {
  const view = useViewScenario('forecast');
  const form = useRunSettings({ runs: 0, seed: 1 });
  const run = useViewRun(view, 'forecast', form.settings);
  useReportParams({ forecast: form.settings });
  const tools = (
    <RunsAndSeedToolbar
      form={form}
      label="Monte Carlo runs"
      choices={RUN_CHOICES}
      format={(n) => (n === 0 ? 'none' : String(n))}
    />
  );
  return (
    <ViewFrame title="Forecast" view={view} tools={tools} run={run}>
      <RunBody run={run} label="Forecasting">
        {(data) => <ForecastBody section={data.section} uncertain={data.uncertainInputs} />}
      </RunBody>
    </ViewFrame>
  );
}

function ForecastBody({ section, uncertain }: { section: ForecastSection; uncertain: number }) {
  const [issueId, setIssueId] = useState(section.issues[0]?.id ?? '');
  const issue = section.issues.find((i) => i.id === issueId) ?? section.issues[0];
  const mc = section.monteCarlo;
  return (
    <div className="forecast scroll-body">
      <ModelTable section={section} selected={issue?.id} onSelect={setIssueId} />
      {mc ? (
        <p className="muted">
          Monte Carlo: {mc.runs} runs, seed {mc.seed}; cells show the point forecast and, below, the
          5–95% range of the runs.
        </p>
      ) : (
        <p className="muted">
          {uncertain > 0
            ? `${uncertain} actors have uncertainty ranges: choose Monte Carlo runs to see the spread of each forecast.`
            : 'No input has an uncertainty range, so Monte Carlo would change nothing.'}
        </p>
      )}
      {section.warnings.length > 0 && (
        <ul className="muted warnings">
          {section.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {issue && <IssueDetail issue={issue} section={section} />}
    </div>
  );
}

function ModelTable({
  section,
  selected,
  onSelect,
}: {
  section: ForecastSection;
  selected: string | undefined;
  onSelect(id: string): void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table forecast-table">
        <caption>
          Forecast per issue and model, on each issue's own scale. Baselines left of the rule,
          simulations right.
        </caption>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            {section.models.map((m, i) => (
              <th
                key={m.model}
                scope="col"
                className={`num ${m.kind === 'simulation' && section.models[i - 1]?.kind === 'baseline' ? 'rule' : ''}`}
                title={m.name}
              >
                {m.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.issues.map((issue) => (
            <tr key={issue.id} className={issue.id === selected ? 'selected' : ''}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={issue.id === selected}
                  onClick={() => onSelect(issue.id)}
                >
                  {issue.name}
                </button>
                <span className="muted scale-note">
                  {' '}
                  ({issue.scale.min}–{issue.scale.max})
                </span>
              </th>
              {section.models.map((m, i) => {
                const f = issue.forecasts.find((x) => x.model === m.model);
                const q = f?.distribution?.quantiles;
                return (
                  <td
                    key={m.model}
                    className={`num ${m.kind === 'simulation' && section.models[i - 1]?.kind === 'baseline' ? 'rule' : ''}`}
                  >
                    {fmt(f?.value)}
                    {f?.converged === false && <span title="did not converge"> *</span>}
                    {q && (
                      <span className="range">
                        {fmt(q['0.05'])}–{fmt(q['0.95'])}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IssueDetail({ issue, section }: { issue: IssueForecast; section: ForecastSection }) {
  const histogram = useMemo(() => histogramOption(issue, section.models), [issue, section.models]);
  return (
    <section aria-labelledby="issue-h" className="issue-detail">
      <h3 id="issue-h">{issue.name}</h3>
      <p className="muted">
        Scale: {issue.scale.min} = {issue.scale.low}; {issue.scale.max} = {issue.scale.high}.
        {issue.linkedWith.length > 0 &&
          ` Forecast as a package with ${issue.linkedWith.join(', ')}.`}
      </p>
      <div className="grid-2">
        {issue.trajectories.map((t) => {
          const model = section.models.find((m) => m.model === t.model);
          return (
            <figure key={t.model}>
              <EChart
                option={trajectoryOption(issue, t)}
                label={`${model?.name ?? t.model}: positions of ${t.actors.length} actors over ${t.rounds} rounds on ${issue.name}; final weighted median ${fmt(t.median[t.median.length - 1])}.`}
              />
              <figcaption>
                {model?.name ?? t.model}: positions by round ({t.rounds} rounds
                {t.converged ? ', converged' : ', stopped at the round limit'}).
              </figcaption>
            </figure>
          );
        })}
      </div>
      {histogram && (
        <figure>
          <EChart
            option={histogram}
            className="short"
            label={`Distribution of each model's forecast over ${issue.name} across the Monte Carlo runs.`}
          />
          <figcaption>
            Monte Carlo distribution of each model's forecast (share of runs per bin). Most
            sensitive inputs:{' '}
            {issue.forecasts
              .filter((f) => f.distribution?.mostSensitive)
              .map(
                (f) =>
                  `${section.models.find((m) => m.model === f.model)?.short}: ${f.distribution!.mostSensitive!.actor}`,
              )
              .join('; ') || 'none'}
            .
          </figcaption>
        </figure>
      )}
      {issue.movers.length > 0 && (
        <>
          <h3>Who moved most (BDM), and why</h3>
          <ul className="movers-list">
            {issue.movers.map((m) => (
              <li key={m.actor}>{m.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
