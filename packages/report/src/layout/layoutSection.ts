/** Turns a typed section into blocks; the one place that knows every section kind. */
import type { Section } from '../report.ts';
import type { Block } from './blocks.ts';
import { layoutComparison } from './layoutComparison.ts';
import { layoutForecast } from './layoutForecast.ts';
import { layoutGames } from './layoutGames.ts';
import { layoutNegotiation } from './layoutNegotiation.ts';
import {
  layoutGmcrEquilibria,
  layoutGmcrExplanations,
  layoutGmcrModel,
  layoutGmcrStatusQuo,
  layoutGmcrTable,
} from './layoutGmcr.ts';
import { layoutActors, layoutIssues, layoutOverview, layoutSources } from './layoutScenario.ts';

export function layoutSection(section: Section): Block[] {
  switch (section.kind) {
    case 'overview':
      return layoutOverview(section);
    case 'actors':
      return layoutActors(section);
    case 'issues':
      return layoutIssues(section);
    case 'gmcr-model':
      return layoutGmcrModel(section);
    case 'gmcr-table':
      return layoutGmcrTable(section);
    case 'gmcr-equilibria':
      return layoutGmcrEquilibria(section);
    case 'gmcr-status-quo':
      return layoutGmcrStatusQuo(section);
    case 'gmcr-explanations':
      return layoutGmcrExplanations(section);
    case 'forecast':
      return layoutForecast(section);
    case 'games':
      return layoutGames(section);
    case 'negotiation':
      return layoutNegotiation(section);
    case 'comparison':
      return layoutComparison(section);
    case 'sources':
      return layoutSources(section);
  }
}
