/**
 * What every form gets: the diagnostics to show at its fields and the edits it may make, each one
 * a rewrite of the scenario text (yamlEdit.ts) handed to `apply` — the page validates it like
 * typing in the editor, a test keeps it in a variable.
 */
import type { Diagnostic } from '@parley/model';
import type { FieldContext } from './fields.tsx';
import type { Raw } from './rawData.ts';
import {
  appendItem,
  moveItem,
  removeItem,
  setValue,
  setValues,
  type EditResult,
  type Path,
} from './yamlEdit.ts';

export interface FormContext extends FieldContext {
  /** Several values set as one edit (`undefined` deletes). */
  commitAll(changes: readonly [Path, unknown][]): void;
  /** Appends `item` to the list at `path` (created when missing). */
  append(path: Path, item: unknown): void;
  /** Removes item `index` of the list at `path`. */
  remove(path: Path, index: number): void;
  /** Moves item `from` of the list at `path` to `to`. */
  move(path: Path, from: number, to: number): void;
}

/** The props of every form: the scenario's data as written (maybe invalid) and the context. */
export interface FormProps {
  data: Raw;
  ctx: FormContext;
}

export function formContext(
  text: string,
  diagnostics: readonly Diagnostic[],
  apply: (result: EditResult) => void,
): FormContext {
  return {
    diagnostics,
    commit: (path, value) => apply(setValue(text, path, value)),
    commitAll: (changes) => apply(setValues(text, changes)),
    append: (path, item) => apply(appendItem(text, path, item)),
    remove: (path, index) => apply(removeItem(text, path, index)),
    move: (path, from, to) => apply(moveItem(text, path, from, to)),
  };
}
