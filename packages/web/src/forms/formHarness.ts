/**
 * For the forms' tests: renders a form over a scenario text the way the Forms page does — each
 * edit rewrites the text and the text is validated by parseScenario (synchronously here, in the
 * validation worker in the app) — and reads the text back.
 */
import { render } from '@testing-library/react';
import { createElement as h, useState, type ComponentType } from 'react';
import { parseScenario } from '@parley/model';
import { formContext, type FormProps } from './formContext.ts';
import { readData } from './yamlEdit.ts';

export function renderForm(form: ComponentType<FormProps>, initial: string) {
  const state = { text: initial, problem: null as string | null };
  function Harness() {
    const [text, setText] = useState(initial);
    const diagnostics = parseScenario(text).diagnostics;
    const ctx = formContext(text, diagnostics, (result) => {
      if (!result.ok) {
        state.problem = result.problem;
        return;
      }
      state.text = result.text;
      setText(result.text);
    });
    return h(form, { data: readData(text)!, ctx });
  }
  const view = render(h(Harness));
  return {
    ...view,
    /** The scenario text after the edits so far. */
    text: () => state.text,
    /** Its plain data. */
    data: () => readData(state.text)!,
    problem: () => state.problem,
  };
}
