/**
 * Navigation: the library and the server's runs, the open scenario's editors and runs, and the
 * views that apply to it.
 */
import type { ViewKind } from '../engine/protocol.ts';
import { formatRoute, type Page } from './route.ts';
import { viewUnavailable } from './scenarioFacts.ts';
import { useWorkbench } from './workbench.ts';

const EDITORS: { page: Page; label: string }[] = [
  { page: 'edit', label: 'YAML editor' },
  { page: 'forms', label: 'Actors, issues, options' },
  { page: 'runs', label: 'Scenario runs' },
];

const VIEWS: { page: ViewKind; label: string }[] = [
  { page: 'gmcr', label: 'GMCR stability' },
  { page: 'forecast', label: 'Forecast' },
  { page: 'negotiate', label: 'Negotiation' },
  { page: 'games', label: 'Games' },
  { page: 'compare', label: 'Comparison' },
];

export function Nav() {
  const { route, workspace } = useWorkbench();
  const current = route.name === 'scenario' ? route : null;
  const link = (page: Page) =>
    current ? formatRoute({ ...current, page }) : formatRoute({ name: 'library' });
  return (
    <nav aria-label="Workbench">
      <ul>
        <li>
          <a href="#/" aria-current={route.name === 'library' ? 'page' : undefined}>
            Library
          </a>
        </li>
        <li>
          <a href="#/runs" aria-current={route.name === 'runs' ? 'page' : undefined}>
            Runs
          </a>
        </li>
      </ul>
      {current && (
        <>
          <p className="nav-group" id="nav-scenario">
            Scenario
          </p>
          <ul aria-labelledby="nav-scenario">
            {EDITORS.map(({ page, label }) => (
              <li key={page}>
                <a href={link(page)} aria-current={current.page === page ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
          <p className="nav-group" id="nav-views">
            Analysis
          </p>
          <ul aria-labelledby="nav-views">
            {VIEWS.map(({ page, label }) => {
              const why = viewUnavailable(workspace.scenario, page);
              return (
                <li key={page}>
                  {why === null ? (
                    <a href={link(page)} aria-current={current.page === page ? 'page' : undefined}>
                      {label}
                    </a>
                  ) : (
                    <span title={`Not available: ${why}`} aria-disabled="true">
                      {label}
                      <span className="visually-hidden"> (not available: {why})</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </nav>
  );
}
