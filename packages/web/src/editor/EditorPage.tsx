/**
 * The YAML editor page: the scenario text with live validation (every problem underlined at its
 * line:col and listed with its hint), and saving as a new version. Built-in scenarios are
 * read-only originals: saving one makes an editable copy.
 */
import './editor.css';
import { useRef } from 'react';
import { useWorkbench } from '../app/workbench.ts';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor.tsx';
import { DiagnosticList } from './DiagnosticList.tsx';
import { SaveBar } from './SaveBar.tsx';

export function EditorPage() {
  const { workspace, actions } = useWorkbench();
  const editor = useRef<CodeEditorHandle>(null);
  const { open } = workspace;

  if (workspace.loading && !open) return <p className="muted">Opening the scenario…</p>;
  if (!open) {
    return workspace.error ? (
      <p className="notice error" role="alert">
        {workspace.error.message}
      </p>
    ) : (
      <p className="muted">No scenario is open.</p>
    );
  }

  return (
    <div className="editor-page">
      <SaveBar />
      <div className="split editor-split">
        <CodeEditor
          ref={editor}
          label={`Scenario text of ${open.title} (YAML or JSON)`}
          text={workspace.text}
          diagnostics={workspace.diagnostics}
          onChange={actions.edit}
          onSave={() => void actions.save()}
        />
        <div className="panel">
          <DiagnosticList
            diagnostics={workspace.diagnostics}
            onReveal={(d) => editor.current?.reveal(d)}
          />
        </div>
      </div>
    </div>
  );
}
