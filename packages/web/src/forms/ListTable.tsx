/**
 * A list of the scenario as a table: a header row, one row per item with its fields and the
 * buttons to move or remove it, and a button under the table to add one. Every button is named
 * after its row ("Move Alpha up"), so a screen reader user knows which row it acts on.
 */
import type { ReactNode } from 'react';

export interface ListTableProps<T> {
  /** Column headings, without the actions column. */
  columns: readonly string[];
  items: readonly T[];
  /** How the row is named in its buttons: "Alpha", "statement 2". */
  rowName(item: T, index: number): string;
  /** The row's cells (`<td>`s), one per column. */
  cells(item: T, index: number): ReactNode;
  onRemove?(index: number): void;
  /** Given when the order matters: the row gets "up" and "down" buttons. */
  onMove?(from: number, to: number): void;
  onAdd?(): void;
  addLabel?: string;
  addDisabled?: boolean;
  caption?: ReactNode;
  /** Shown instead of an empty table. */
  empty?: ReactNode;
}

export function ListTable<T>(props: ListTableProps<T>) {
  const { columns, items, rowName, cells, onRemove, onMove, caption, empty } = props;
  const actions = Boolean(onRemove || onMove);
  return (
    <>
      {items.length === 0 && empty ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table form-table">
            {caption && <caption>{caption}</caption>}
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                {actions && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <tr key={i}>
                  {cells(item, i)}
                  {actions && (
                    <td className="row-actions">
                      <RowActions
                        name={rowName(item, i)}
                        index={i}
                        count={items.length}
                        onMove={onMove}
                        onRemove={onRemove}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.onAdd && (
        <button type="button" className="button" disabled={props.addDisabled} onClick={props.onAdd}>
          {props.addLabel ?? 'Add'}
        </button>
      )}
    </>
  );
}

/** Up / down / remove for item `index` of `count`. */
export function RowActions({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove?(from: number, to: number): void;
  onRemove?(index: number): void;
}) {
  return (
    <span className="row-buttons">
      {onMove && (
        <>
          <button
            type="button"
            className="button small"
            aria-label={`Move ${name} up`}
            title="Move up"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button small"
            aria-label={`Move ${name} down`}
            title="Move down"
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            ↓
          </button>
        </>
      )}
      {onRemove && (
        <button
          type="button"
          className="button small"
          aria-label={`Remove ${name}`}
          onClick={() => onRemove(index)}
        >
          Remove
        </button>
      )}
    </span>
  );
}
