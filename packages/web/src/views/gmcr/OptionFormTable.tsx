/**
 * The option-form table, as GMCR+ shows it but turned for thousands of states: one row per
 * feasible state (1-based id, status quo marked), one column per option (Y = taken), grouped by
 * the decision maker who owns it, and one column per stability concept (● = equilibrium).
 * Every column sorts; options filter by Y/N, concepts by "equilibria only", and the state box
 * takes an id or a Y/N pattern (`-` = either). Rows are virtualised.
 */
import { useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { CONCEPT_LABELS, moverColor, stateRows } from './gmcrModel.ts';
import { features, optionFormColumns, optionOrder } from './optionFormColumns.ts';

const ROW_HEIGHT = 26;

export interface OptionFormTableProps {
  data: GmcrViewData;
  selected: number | null;
  onSelect(state: number): void;
  /** Concept filters set from outside (the equilibrium chips). */
  conceptFilter: string | null;
}

export function OptionFormTable({ data, selected, onSelect, conceptFilter }: OptionFormTableProps) {
  const rows = useMemo(() => stateRows(data), [data]);
  const order = useMemo(() => optionOrder(data), [data]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const scroller = useRef<HTMLDivElement>(null);

  const columns = useMemo(() => optionFormColumns(data, order), [data, order]);

  const allFilters = useMemo(
    () =>
      conceptFilter
        ? [...filters.filter((f) => f.id !== conceptFilter), { id: conceptFilter, value: true }]
        : filters,
    [filters, conceptFilter],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting, columnFilters: allFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: (updater) =>
      setFilters((old) => (typeof updater === 'function' ? updater(old) : updater)),
    getRowId: (r) => String(r.index),
  });
  const shown = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const filterOf = (id: string) => allFilters.find((f) => f.id === id)?.value;
  const setFilter = (id: string, value: unknown) =>
    setFilters((old) => [
      ...old.filter((f) => f.id !== id),
      ...(value === undefined || value === '' ? [] : [{ id, value }]),
    ]);

  const groups = useMemo(() => {
    const out: { owner: number; span: number }[] = [];
    for (const k of order) {
      const owner = data.options[k]!.owner;
      const last = out[out.length - 1];
      if (last && last.owner === owner) last.span++;
      else out.push({ owner, span: 1 });
    }
    return out;
  }, [data, order]);

  const sortButton = (id: string, label: string, title: string) => {
    const column = table.getColumn(id)!;
    const dir = column.getIsSorted();
    return (
      <button
        type="button"
        className="sort-button"
        title={`${title} — sort`}
        aria-label={`${title}: sort${dir ? (dir === 'asc' ? ' (ascending)' : ' (descending)') : ''}`}
        onClick={column.getToggleSortingHandler()}
      >
        <span className="header-text">{label}</span>
        <span aria-hidden="true" className="sort-mark">
          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}
        </span>
      </button>
    );
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, state: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(state);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.min(
        Math.max(index + (e.key === 'ArrowDown' ? 1 : -1), 0),
        shown.length - 1,
      );
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLElement>(`tr[data-row="${next}"]`)?.focus(),
      );
    }
  };

  return (
    <div className="option-form">
      <p className="muted table-count" aria-live="polite">
        {shown.length === rows.length
          ? `${rows.length} feasible states`
          : `${shown.length} of ${rows.length} states match the filters`}
        {' · Y = option taken, ● = equilibrium, ★ = status quo'}
      </p>
      <div className="table-scroll option-form-scroll" ref={scroller}>
        <table className="data-table option-form-table" aria-rowcount={shown.length + 3}>
          <caption className="visually-hidden">
            Option form: one row per feasible state, one column per option and per stability
            concept. Enter selects a state.
          </caption>
          <thead>
            <tr>
              <td />
              {groups.map((g, i) => (
                <th
                  key={i}
                  scope="colgroup"
                  colSpan={g.span}
                  className="owner-head"
                  title={data.decisionMakers[g.owner]!.name}
                >
                  <span className="owner-swatch" style={{ background: moverColor(g.owner) }} />
                  {data.decisionMakers[g.owner]!.name}
                </th>
              ))}
              <th scope="colgroup" colSpan={data.concepts.length + 1} className="center">
                Equilibrium under
              </th>
            </tr>
            <tr className="label-row">
              <th scope="col">{sortButton('state', 'State', 'State id')}</th>
              {order.map((k) => (
                <th key={k} scope="col" className="option-head">
                  {sortButton(`o${k}`, data.options[k]!.label, data.options[k]!.label)}
                </th>
              ))}
              {data.concepts.map((c) => (
                <th key={c} scope="col" className="center">
                  {sortButton(c, CONCEPT_LABELS[c], `${CONCEPT_LABELS[c]} equilibria`)}
                </th>
              ))}
              <th scope="col" className="num">
                {sortButton('count', '#', 'Number of concepts')}
              </th>
            </tr>
            <tr className="filter-row">
              <th scope="col">
                <input
                  type="search"
                  aria-label="Filter states by id or Y/N pattern (- for either)"
                  placeholder="id or YN-…"
                  value={(filterOf('state') as string | undefined) ?? ''}
                  onChange={(e) => setFilter('state', e.target.value)}
                  size={7}
                />
              </th>
              {order.map((k) => {
                const value = (filterOf(`o${k}`) as string | undefined) ?? '';
                const next = value === '' ? 'Y' : value === 'Y' ? 'N' : '';
                return (
                  <th key={k} scope="col" className="center">
                    <button
                      type="button"
                      className={`yn-filter ${value ? 'on' : ''}`}
                      aria-label={`Filter by ${data.options[k]!.label}: ${value === '' ? 'any' : value === 'Y' ? 'taken' : 'not taken'}`}
                      title={`${data.options[k]!.label}: ${value === '' ? 'any' : value} (click: ${next || 'any'})`}
                      onClick={() => setFilter(`o${k}`, next)}
                    >
                      {value || '·'}
                    </button>
                  </th>
                );
              })}
              {data.concepts.map((c) => (
                <th key={c} scope="col" className="center">
                  <input
                    type="checkbox"
                    aria-label={`Only ${CONCEPT_LABELS[c]} equilibria`}
                    checked={filterOf(c) === true}
                    disabled={conceptFilter === c}
                    onChange={(e) => setFilter(c, e.target.checked ? true : undefined)}
                  />
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length} className="pad" style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = shown[item.index]!.original;
              const isSelected = row.index === selected;
              return (
                <tr
                  key={row.index}
                  data-row={item.index}
                  tabIndex={0}
                  aria-selected={isSelected}
                  className={`${isSelected ? 'selected' : ''} ${row.statusQuo ? 'status-quo' : ''}`}
                  onClick={() => onSelect(row.index)}
                  onKeyDown={(e) => onRowKey(e, item.index, row.index)}
                >
                  <th scope="row" className="num">
                    {row.statusQuo && <span title="status quo">★ </span>}
                    {row.id}
                  </th>
                  {order.map((k) => (
                    <td key={k} className={`center yn ${row.yn[k] === 'Y' ? 'yes' : 'no'}`}>
                      {row.yn[k]}
                    </td>
                  ))}
                  {data.concepts.map((c, ci) => (
                    <td key={c} className="center eq">
                      {(row.equilibria >>> ci) & 1 ? '●' : ''}
                    </td>
                  ))}
                  <td className="num">{row.conceptCount || ''}</td>
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length} className="pad" style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
