/**
 * Lists edited one item at a time (issues, tracks, vetoes, architectures, decision makers'
 * preferences): a select naming the items, buttons to add one (then shown) and to remove the
 * one shown, and the shown item's fields.
 */
import { useState, type ReactNode } from 'react';
import type { FormContext } from './formContext.ts';
import { freshId, textOf, type Raw } from './rawData.ts';
import type { Path } from './yamlEdit.ts';

export function ItemPicker({
  label,
  names,
  index,
  onSelect,
  onAdd,
  addLabel,
  onRemove,
  removeLabel,
}: {
  label: string;
  names: readonly string[];
  index: number;
  onSelect(index: number): void;
  onAdd?(): void;
  addLabel?: string;
  onRemove?(): void;
  removeLabel?: string;
}) {
  return (
    <div className="toolbar">
      <label className="inline">
        <span>{label}</span>
        <select
          value={index}
          onChange={(e) => onSelect(Number(e.target.value))}
          disabled={names.length === 0}
        >
          {names.map((name, k) => (
            <option key={k} value={k}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {onAdd && (
        <button type="button" className="button" onClick={onAdd}>
          {addLabel}
        </button>
      )}
      {onRemove && names.length > 0 && (
        <button type="button" className="button" onClick={onRemove}>
          {removeLabel}
        </button>
      )}
    </div>
  );
}

/** The index of the item shown: the one selected, or the last when the list has shrunk. */
export const clampIndex = (selected: number, count: number): number =>
  Math.min(selected, Math.max(0, count - 1));

/**
 * The list at `path` with an ItemPicker: "Add a track" appends `newItem` under a fresh id
 * (`track-3`) and shows it; `children` draws the item shown, `empty` stands for none.
 */
export function PickedItem({
  ctx,
  path,
  items,
  noun,
  newItem,
  empty,
  children,
}: {
  ctx: FormContext;
  path: Path;
  items: Raw[];
  /** What an item is called, lower case: "track"; also the prefix of new ids. */
  noun: string;
  newItem(id: string, n: number): Raw;
  empty: ReactNode;
  children(item: Raw, index: number): ReactNode;
}) {
  const [selected, setSelected] = useState(0);
  const index = clampIndex(selected, items.length);
  const item = items[index];
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
  const add = () => {
    const id = freshId(
      noun,
      items.map((i) => textOf(i.id)),
    );
    ctx.append(path, newItem(id, items.length + 1));
    setSelected(items.length);
  };
  return (
    <>
      <ItemPicker
        label={`${noun[0]!.toUpperCase()}${noun.slice(1)}`}
        names={items.map((i) => textOf(i.name) || textOf(i.id))}
        index={index}
        onSelect={setSelected}
        addLabel={`Add ${article} ${noun}`}
        onAdd={add}
        removeLabel={`Remove this ${noun}`}
        onRemove={() => ctx.remove(path, index)}
      />
      {item ? children(item, index) : <p className="muted">{empty}</p>}
    </>
  );
}
