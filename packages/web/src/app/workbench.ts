/** What every page of the app can reach: the route, the library and the open scenario. */
import { createContext, useContext } from 'react';
import type { LibraryBackend } from '../library/libraryBackend.ts';
import type { ReportParams } from './reportParams.ts';
import type { Route } from './route.ts';
import type { Workspace, WorkspaceActions } from './useWorkspace.ts';

export interface Workbench {
  route: Route;
  navigate: (route: Route, replace?: boolean) => void;
  backend: LibraryBackend | null;
  workspace: Workspace;
  actions: WorkspaceActions;
  /** Set by the view on screen; read when exporting its report. */
  reportParams: { current: ReportParams };
}

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench outside the workbench');
  return value;
}
