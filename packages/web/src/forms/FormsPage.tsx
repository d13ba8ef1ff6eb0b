/**
 * Forms for people who do not write YAML: every part of a scenario as tables and fields —
 * actors, issues (with positions), GMCR options, preferences, infeasible states, the structure
 * of the talks and the architectures compared. Every change rewrites the scenario text
 * (comments and everything not edited stay as written, yamlEdit.ts) and is validated like
 * typing in the text editor.
 */
import './forms.css';
import { useMemo, useState, type ComponentType } from 'react';
import { useWorkbench } from '../app/workbench.ts';
import { SaveBar } from '../editor/SaveBar.tsx';
import { Tabs } from '../views/common/Tabs.tsx';
import { ActorsForm } from './ActorsForm.tsx';
import { ArchitecturesForm } from './ArchitecturesForm.tsx';
import { FeasibilityForm } from './FeasibilityForm.tsx';
import { formContext, type FormProps } from './formContext.ts';
import { IssuesForm } from './IssuesForm.tsx';
import { OptionsForm } from './OptionsForm.tsx';
import { PreferencesForm } from './PreferencesForm.tsx';
import { StructureForm } from './StructureForm.tsx';
import { readData, type EditResult } from './yamlEdit.ts';

type Part =
  'actors' | 'issues' | 'options' | 'preferences' | 'feasibility' | 'structure' | 'architectures';

const PARTS: { id: Part; label: string; form: ComponentType<FormProps> }[] = [
  { id: 'actors', label: 'Actors', form: ActorsForm },
  { id: 'issues', label: 'Issues and positions', form: IssuesForm },
  { id: 'options', label: 'GMCR options', form: OptionsForm },
  { id: 'preferences', label: 'Preferences', form: PreferencesForm },
  { id: 'feasibility', label: 'Feasibility', form: FeasibilityForm },
  { id: 'structure', label: 'Structure of talks', form: StructureForm },
  { id: 'architectures', label: 'Architectures', form: ArchitecturesForm },
];

export default function FormsPage() {
  const { workspace, actions } = useWorkbench();
  const [part, setPart] = useState<Part>('actors');
  const [problem, setProblem] = useState<string | null>(null);
  const data = useMemo(() => readData(workspace.text), [workspace.text]);

  if (!workspace.open) return <p className="muted">Opening the scenario…</p>;

  const ctx = formContext(workspace.text, workspace.diagnostics, (result: EditResult) => {
    if (result.ok) {
      setProblem(null);
      actions.edit(result.text);
    } else setProblem(result.problem);
  });
  const errors = workspace.diagnostics.filter((d) => d.severity === 'error');
  const Form = PARTS.find((p) => p.id === part)!.form;

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
      <Tabs<Part> label="Parts of the scenario" value={part} onChange={setPart} tabs={PARTS} />
      <div role="tabpanel" id={`tab-${part}`} aria-labelledby={`tab-${part}-label`}>
        {data === null ? (
          <p className="notice error">
            The text does not parse: fix its syntax in the YAML editor first.
          </p>
        ) : (
          <Form data={data} ctx={ctx} />
        )}
      </div>
    </div>
  );
}
