/**
 * What the view on screen adds to its exported report (the selected state, Monte Carlo runs,
 * the game's options, …). Views publish it; the header's export menu reads it.
 */
import { useEffect } from 'react';
import type { ReportRequest } from '../engine/protocol.ts';
import { useWorkbench } from './workbench.ts';

export type ReportParams = Omit<
  ReportRequest,
  'kind' | 'scenario' | 'architecture' | 'view' | 'format'
>;

export function useReportParams(params: ReportParams): void {
  const { reportParams } = useWorkbench();
  const json = JSON.stringify(params);
  useEffect(() => {
    reportParams.current = JSON.parse(json) as ReportParams;
  }, [json, reportParams]);
}
