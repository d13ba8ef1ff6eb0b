/**
 * The fields of one row of a form table, each in its cell: bound to a key under the row's path
 * and labelled for screen readers after the row ("Capability of China"), the column heading
 * being the visible label.
 */
import type { Choice } from './choices.ts';
import { CheckField, NumberField, SelectField, TextField, type FieldContext } from './fields.tsx';
import { numberOf, textOf } from './rawData.ts';
import { withNumber, type Path } from './yamlEdit.ts';

export function rowFields(ctx: FieldContext, path: Path, rowName: string) {
  const at = (key: string, label: string) => ({
    ctx,
    path: [...path, key],
    label: `${label} of ${rowName}`,
    hideLabel: true,
  });
  return {
    text: (key: string, label: string, value: unknown, wide?: boolean) => (
      <td>
        <TextField {...at(key, label)} value={textOf(value)} wide={wide} />
      </td>
    ),
    /** A Quantity: a plain number stays plain, `{value, source, …}` keeps its provenance. */
    quantity: (key: string, label: string, value: unknown) => (
      <td>
        <NumberField
          {...at(key, label)}
          value={numberOf(value)}
          toValue={(n) => withNumber(value, n)}
        />
      </td>
    ),
    select: (
      key: string,
      label: string,
      value: string,
      choices: readonly Choice[],
      none?: string,
    ) => (
      <td>
        <SelectField {...at(key, label)} value={value} choices={choices} none={none} />
      </td>
    ),
    check: (key: string, label: string, value: boolean) => (
      <td className="center">
        <CheckField {...at(key, label)} value={value} />
      </td>
    ),
  };
}
