/**
 * The option-form table's columns (@tanstack/react-table 9): the state id (filtered by id prefix
 * or Y/N pattern), one Y/N column per option in owner order, one column per concept (sorted
 * equilibria first, filtered to equilibria), and how many concepts a state is stable under.
 */
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { CONCEPT_LABELS, matchesPattern, type StateRow } from './gmcrModel.ts';

export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});
const helper = createColumnHelper<typeof features, StateRow>();

/** Option columns grouped by owner, owners in decision-maker order. */
export function optionOrder(data: GmcrViewData): number[] {
  return data.options
    .map((o, k) => ({ k, owner: o.owner }))
    .sort((a, b) => a.owner - b.owner || a.k - b.k)
    .map((x) => x.k);
}

export function optionFormColumns(data: GmcrViewData, order: readonly number[]) {
  return helper.columns([
    helper.accessor((r) => r.id, {
      id: 'state',
      header: 'State',
      filterFn: (row, _id, value: string) => {
        const v = value.trim();
        return /^\d+$/.test(v)
          ? String(row.original.id).startsWith(v)
          : matchesPattern(row.original.yn, v);
      },
    }),
    ...order.map((k) =>
      helper.accessor((r) => r.yn[k]!, {
        id: `o${k}`,
        header: data.options[k]!.label,
        filterFn: (row, _id, value: string) => row.original.yn[k] === value,
      }),
    ),
    ...data.concepts.map((concept, c) =>
      helper.accessor((r) => (r.equilibria >>> c) & 1, {
        id: concept,
        header: CONCEPT_LABELS[concept],
        sortDescFirst: true,
        filterFn: (row) => ((row.original.equilibria >>> c) & 1) === 1,
      }),
    ),
    helper.accessor((r) => r.conceptCount, {
      id: 'count',
      header: 'Concepts',
      sortDescFirst: true,
    }),
  ]);
}
