/** The Runs page at its routes (`#/runs`, `#/s/<id>/runs`), over the app's API client. */
import { api } from '../app/useBackend.ts';
import { useWorkbench } from '../app/workbench.ts';
import type { RunStatus } from '../api/types.ts';
import { RunsPage } from './RunsPage.tsx';

export default function RunsRoute() {
  const { route, navigate, backend, workspace } = useWorkbench();
  const onScenario = route.name === 'scenario';
  const scenario = onScenario
    ? {
        id: route.id,
        ...(workspace.open?.id === route.id ? { title: workspace.open.title } : {}),
      }
    : null;
  const status = route.name === 'library' ? undefined : route.status;
  const onStatus = (next: RunStatus | undefined) => {
    if (route.name === 'library') return;
    const { status: _old, ...rest } = route;
    navigate(next ? { ...rest, status: next } : rest, true);
  };
  return (
    <RunsPage
      client={api}
      mode={backend?.kind ?? null}
      scenario={scenario}
      status={status}
      onStatus={onStatus}
    />
  );
}
