/**
 * Lists whose entries are either a bare string or an object around it — a statement
 * (`'!dprk_test'` or `{statement: '!dprk_test', note: …}`), an infeasibility condition
 * (`a & b` or `{when: a & b, reason: …}`). The text is edited where it is written; giving a bare
 * string a note or reason turns it into the object form, so nothing else has to change.
 */
import type { FieldContext } from './fields.tsx';
import { isRaw, textOf } from './rawData.ts';
import type { Path } from './yamlEdit.ts';

export interface TextEntry {
  /** The statement or condition. */
  text: string;
  /** Where it is written: the entry itself, or its `key`. */
  textPath: Path;
  /** A field of the object form (`note`, `reason`): its value, path and a context writing it. */
  field(name: string): { value: string; path: Path; ctx: FieldContext };
}

export function textEntry(
  ctx: FieldContext,
  itemPath: Path,
  entry: unknown,
  key: string,
): TextEntry {
  const object = isRaw(entry);
  return {
    text: object ? textOf(entry[key]) : textOf(entry),
    textPath: object ? [...itemPath, key] : itemPath,
    field: (name) => ({
      value: object ? textOf(entry[name]) : '',
      path: [...itemPath, name],
      ctx: object
        ? ctx
        : {
            diagnostics: ctx.diagnostics,
            commit: (_path, value) => {
              if (value !== undefined)
                ctx.commit(itemPath, { [key]: textOf(entry), [name]: value });
            },
          },
    }),
  };
}
