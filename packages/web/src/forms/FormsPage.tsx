/**
 * Forms for people who do not write YAML: the scenario's actors, issues (with positions) and
 * options as tables. Every change rewrites the scenario text (comments and everything not
 * edited stay as written, yamlEdit.ts) and is validated like typing in the text editor.
 */
import './forms.css';
import { useMemo, useState } from 'react';
import { useWorkbench } from '../app/workbench.ts';
import { SaveBar } from '../editor/SaveBar.tsx';
import { Tabs } from '../views/common/Tabs.tsx';
import { ActorsForm } from './ActorsForm.tsx';
import type { FieldContext } from './fields.tsx';
import { IssuesForm } from './IssuesForm.tsx';
import { OptionsForm } from './OptionsForm.tsx';
import {
  appendItem,
  readData,
  removeItem,
  setValue,
  type EditResult,
  type Path,
} from './yamlEdit.ts';

type Part = 'actors' | 'issues' | 'options';

export default function FormsPage() {
  const { workspace, actions } = useWorkbench();
  const [part, setPart] = useState<Part>('actors');
  const [problem, setProblem] = useState<string | null>(null);
  const data = useMemo(() => readData(workspace.text), [workspace.text]);

  if (!workspace.open) return <p className="muted">Opening the scenario…</p>;

  const apply = (result: EditResult) => {
    if (result.ok) {
      setProblem(null);
      actions.edit(result.text);
    } else setProblem(result.problem);
  };
  const ctx: FieldContext = {
    diagnostics: workspace.diagnostics,
    commit: (path: Path, value: unknown) => apply(setValue(workspace.text, path, value)),
  };
  const add = (item: unknown) => apply(appendItem(workspace.text, [part], item));
  const remove = (index: number) => apply(removeItem(workspace.text, [part], index));
  const errors = workspace.diagnostics.filter((d) => d.severity === 'error');

  return (
    <div className="forms-page">
      <SaveBar />
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {errors.length > 0 && (
        <p className="notice" role="status">
          The scenario has {errors.length} error{errors.length === 1 ? '' : 's'}; those at a field
          are shown beside it, the others in the YAML editor's problem list.
        </p>
      )}
      <Tabs<Part>
        label="Parts of the scenario"
        value={part}
        onChange={setPart}
        tabs={[
          { id: 'actors', label: 'Actors' },
          { id: 'issues', label: 'Issues and positions' },
          { id: 'options', label: 'GMCR options' },
        ]}
      />
      <div role="tabpanel" id={`tab-${part}`} aria-labelledby={`tab-${part}-label`}>
        {data === null ? (
          <p className="notice error">
            The text does not parse: fix its syntax in the YAML editor first.
          </p>
        ) : part === 'actors' ? (
          <ActorsForm data={data} ctx={ctx} add={add} remove={remove} />
        ) : part === 'issues' ? (
          <IssuesForm data={data} ctx={ctx} add={add} remove={remove} />
        ) : (
          <OptionsForm data={data} ctx={ctx} add={add} remove={remove} />
        )}
      </div>
    </div>
  );
}
