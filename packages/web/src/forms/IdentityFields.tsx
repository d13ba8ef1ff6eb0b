/** The id, name and description every named item has (tracks, vetoes, issues, architectures). */
import { TextField, type FieldContext } from './fields.tsx';
import { textOf, type Raw } from './rawData.ts';
import type { Path } from './yamlEdit.ts';

export function IdentityFields({ ctx, path, item }: { ctx: FieldContext; path: Path; item: Raw }) {
  return (
    <>
      <TextField ctx={ctx} path={[...path, 'id']} label="Id" value={textOf(item.id)} />
      <TextField ctx={ctx} path={[...path, 'name']} label="Name" value={textOf(item.name)} wide />
      <TextField
        ctx={ctx}
        path={[...path, 'description']}
        label="Description"
        value={textOf(item.description)}
        wide
      />
    </>
  );
}
