/**
 * The workbench shell: header (scenario, architecture, export), navigation between the library,
 * the editors and the analysis views, and the page. Analysis views are loaded on first use
 * (each is its own chunk: sigma, echarts and the table code stay out of the first load).
 */
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { AccessGate } from '../api/access/AccessGate.tsx';
import { useAccess } from '../api/access/useAccess.ts';
import { validator } from '../engine/workers.ts';
import { EditorPage } from '../editor/EditorPage.tsx';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { Header } from './Header.tsx';
import { Nav } from './Nav.tsx';
import type { ReportParams } from './reportParams.ts';
import { isView, type Page } from './route.ts';
import { access, api, useBackend } from './useBackend.ts';
import { useRoute } from './useRoute.ts';
import { useWorkspace } from './useWorkspace.ts';
import { WorkbenchContext, type Workbench } from './workbench.ts';

const GmcrView = lazy(() => import('../views/gmcr/GmcrView.tsx'));
const ForecastView = lazy(() => import('../views/forecast/ForecastView.tsx'));
const GamesView = lazy(() => import('../views/games/GamesView.tsx'));
const NegotiateView = lazy(() => import('../views/negotiate/NegotiateView.tsx'));
const CompareView = lazy(() => import('../views/compare/CompareView.tsx'));
const FormsPage = lazy(() => import('../forms/FormsPage.tsx'));
const RunsRoute = lazy(() => import('../runs/RunsRoute.tsx'));

const PAGE_TITLES: Record<Page, string> = {
  edit: 'YAML editor',
  forms: 'Forms',
  gmcr: 'GMCR',
  forecast: 'Forecast',
  games: 'Games',
  negotiate: 'Negotiation',
  compare: 'Comparison',
  runs: 'Runs',
};

export function App() {
  const [route, navigate] = useRoute();
  const backend = useBackend();
  const [workspace, actions] = useWorkspace(backend, validator);
  const reportParams = useRef<ReportParams>({});
  // A token taken or forgotten: what failed without it (the scenario opened) is asked again.
  const { epoch } = useAccess(access);

  const routeId = route.name === 'scenario' ? route.id : null;
  useEffect(() => {
    if (routeId !== null && backend) void actions.openScenario(routeId);
  }, [routeId, backend, actions, epoch]);

  const page = route.name === 'scenario' ? route.page : route.name === 'runs' ? 'runs' : null;
  useEffect(() => {
    const where =
      route.name === 'runs'
        ? 'Runs'
        : page
          ? `${PAGE_TITLES[page]} — ${workspace.open?.title ?? ''}`
          : 'Library';
    document.title = `${where} · Parley`;
  }, [page, route.name, workspace.open?.title]);

  const value: Workbench = useMemo(
    () => ({ route, navigate, backend, workspace, actions, reportParams }),
    [route, navigate, backend, workspace, actions],
  );

  return (
    <WorkbenchContext.Provider value={value}>
      <div className="shell">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Header />
        <Nav />
        <main
          id="main"
          tabIndex={-1}
          className={page && page !== 'forms' && page !== 'runs' ? 'fill' : ''}
        >
          <AccessGate access={access} check={api.checkToken}>
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <PageContent page={page} />
            </Suspense>
          </AccessGate>
        </main>
      </div>
      <div className="print-report" id="print-report" />
    </WorkbenchContext.Provider>
  );
}

function PageContent({ page }: { page: Page | null }) {
  if (page === null) return <LibraryPage />;
  if (page === 'runs') return <RunsRoute />;
  if (!isView(page)) return page === 'edit' ? <EditorPage /> : <FormsPage />;
  switch (page) {
    case 'gmcr':
      return <GmcrView />;
    case 'forecast':
      return <ForecastView />;
    case 'games':
      return <GamesView />;
    case 'negotiate':
      return <NegotiateView />;
    case 'compare':
      return <CompareView />;
  }
}
