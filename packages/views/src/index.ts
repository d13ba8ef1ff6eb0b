/**
 * @parley/views — the view data of the workbench's analysis views: what each view asks for
 * (viewTypes.ts) and how it is computed from the engines. The browser's engine worker and the
 * server's `output: "view"` runs both call EngineHost, so a view looks the same wherever it ran.
 */
export * from './viewTypes.ts';
export * from './buildViewReport.ts';
export * from './coalitionPartition.ts';
export * from './compareTable.ts';
export * from './compareView.ts';
export * from './comparisonSection.ts';
export * from './engineHost.ts';
export * from './explainState.ts';
export * from './extraSection.ts';
export * from './failure.ts';
export * from './forecastView.ts';
export * from './gamesView.ts';
export * from './gmcrView.ts';
export * from './negotiateView.ts';
export * from './negotiationSection.ts';
export * from './textHash.ts';
export * from './validateText.ts';
export * from './viewCodec.ts';
