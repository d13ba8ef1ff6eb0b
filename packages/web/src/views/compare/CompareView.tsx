/**
 * The comparison view: the scenario's architectures side by side (the flagship's baseline and
 * its four variants) — how often the talks settle, who gains and who loses against the baseline,
 * where issues end up, and what changes in the graph model — with links into each engine's view
 * under any architecture. Computed in the engine worker, or on the Parley server when
 * there is one (compareArchitectures, docs/compare.md).
 */
import { useMemo } from 'react';
import { useReportParams } from '../../app/reportParams.ts';
import { formatRoute } from '../../app/route.ts';
import { viewUnavailable } from '../../app/scenarioFacts.ts';
import { useWorkbench } from '../../app/workbench.ts';
import { EChart } from '../../charts/EChart.tsx';
import type { ChartOption } from '../../charts/echarts.ts';
import { seriesColor } from '../../charts/palette.ts';
import { compareGroups, gainSeries, type CompareViewData } from '@parley/views';
import type { ViewKind } from '../../engine/protocol.ts';
import { RunBody } from '../common/RunStatus.tsx';
import { RunsAndSeedToolbar } from '../common/SettingsToolbar.tsx';
import { useRunSettings } from '../common/useRunSettings.ts';
import { useViewRun } from '../common/useViewRun.ts';
import { useViewScenario } from '../common/useViewScenario.ts';
import { ViewFrame } from '../common/ViewFrame.tsx';

const RUN_CHOICES = [20, 100, 300];

const LINKS: { page: ViewKind; label: string }[] = [
  { page: 'gmcr', label: 'GMCR' },
  { page: 'forecast', label: 'Forecast' },
  { page: 'negotiate', label: 'Negotiation' },
  { page: 'games', label: 'Games' },
];

export default function CompareView() {
  const view = useViewScenario('compare');
  const form = useRunSettings({ runs: 100, seed: 1 });
  // Every architecture is compared: the route's architecture does not apply here.
  const run = useViewRun(view, 'compare', form.settings, { perArchitecture: false });
  useReportParams({ compare: form.settings });
  const tools = (
    <RunsAndSeedToolbar form={form} label="Runs per architecture" choices={RUN_CHOICES} />
  );
  return (
    <ViewFrame
      title="Comparison of architectures"
      view={{ ...view, architecture: undefined }}
      tools={tools}
      run={run}
    >
      <RunBody run={run} label="Comparing">
        {(data) => <CompareBody result={data} />}
      </RunBody>
    </ViewFrame>
  );
}

function CompareBody({ result }: { result: CompareViewData }) {
  const { route, workspace } = useWorkbench();
  const groups = useMemo(() => compareGroups(result), [result]);
  const gains = useMemo(() => gainOption(result), [result]);
  const id = route.name === 'scenario' ? route.id : '';
  return (
    <div className="scroll-body compare">
      <div className="table-scroll compare-scroll">
        <table className="data-table compare-table">
          <caption>
            {result.architectures.length} architectures, {result.settings.runs} runs each (seed{' '}
            {result.settings.seed}). Green: the actor gains against the baseline; red: it loses.
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {result.architectures.map((a) => (
                <th key={a.id} scope="col" className="arch-head">
                  <span title={a.description ?? undefined}>
                    {a.name}
                    {a.baseline && <span className="badge accent"> baseline</span>}
                  </span>
                  <span className="arch-links">
                    {LINKS.filter((l) => viewUnavailable(workspace.scenario, l.page) === null).map(
                      (l) => (
                        <a
                          key={l.page}
                          href={formatRoute({
                            name: 'scenario',
                            id,
                            page: l.page,
                            ...(a.id === 'baseline' ? {} : { architecture: a.id }),
                          })}
                          aria-label={`${l.label} under ${a.name}`}
                        >
                          {l.label}
                        </a>
                      ),
                    )}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.title}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={result.architectures.length + 1}>
                  {g.title}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((c, i) => (
                    <td
                      key={i}
                      className={
                        r.tones?.[i] === 'good' ? 'gain' : r.tones?.[i] === 'bad' ? 'loss' : ''
                      }
                    >
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {gains && (
        <figure>
          <EChart
            option={gains}
            label="Change of each actor's settlement utility under each architecture, against the baseline."
          />
          <figcaption>
            Who gains and who loses: change of each actor's settlement utility against the baseline.
          </figcaption>
        </figure>
      )}
      <h3>In words</h3>
      <ul className="summary-list">
        {result.summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {result.caveats.length > 0 && (
        <details>
          <summary>Caveats ({result.caveats.length})</summary>
          <ul>
            {result.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function gainOption(result: CompareViewData): ChartOption | null {
  const { actors, series } = gainSeries(result);
  if (series.length === 0) return null;
  return {
    grid: { left: 56, right: 16, top: 48, bottom: 56 },
    legend: { type: 'scroll', top: 0, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(3) : String(v)),
    },
    xAxis: { type: 'category', data: actors, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', name: 'Δ utility' },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'bar',
      data: s.values.map((v) => Number(v.toFixed(4))),
      color: seriesColor(i + 1),
    })),
  };
}
