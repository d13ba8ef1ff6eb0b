// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h, createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '@parley/model';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor.tsx';
import { DiagnosticList } from './DiagnosticList.tsx';

const TEXT = 'actors:\n  - id: usa\n    capabilty: 40\n';
const PROBLEM: Diagnostic = {
  code: 'unknown-key',
  severity: 'error',
  path: 'actors[0].capabilty',
  line: 3,
  col: 5,
  message: 'unknown key `capabilty` in actors[0]',
  hint: 'did you mean `capability`?',
};

afterEach(cleanup);

describe('the code editor', () => {
  it('underlines the token a diagnostic points at', () => {
    const { container } = render(
      h(CodeEditor, { text: TEXT, diagnostics: [PROBLEM], onChange: () => {}, label: 'Scenario' }),
    );
    const mark = container.querySelector('mark.diag.error');
    expect(mark?.textContent).toBe('capabilty');
  });

  it('numbers every line', () => {
    const { container } = render(
      h(CodeEditor, { text: TEXT, diagnostics: [], onChange: () => {}, label: 'Scenario' }),
    );
    expect(container.querySelector('.code-gutter')?.textContent).toBe('1\n2\n3\n4');
  });

  it('selects the problem and shows its hint when asked to reveal it', () => {
    const ref = createRef<CodeEditorHandle>();
    render(
      h(CodeEditor, {
        ref,
        text: TEXT,
        diagnostics: [PROBLEM],
        onChange: () => {},
        label: 'Scenario',
      }),
    );
    act(() => ref.current!.reveal(PROBLEM));
    const input = screen.getByRole('textbox', { name: 'Scenario' }) as HTMLTextAreaElement;
    expect(TEXT.slice(input.selectionStart, input.selectionEnd)).toBe('capabilty');
    expect(screen.getByText(/did you mean `capability`/)).toBeTruthy();
  });

  it('indents with Tab and saves with Ctrl+S', () => {
    const onChange = vi.fn();
    const onSave = vi.fn();
    render(h(CodeEditor, { text: 'a:', diagnostics: [], onChange, onSave, label: 'Scenario' }));
    const input = screen.getByRole('textbox', { name: 'Scenario' }) as HTMLTextAreaElement;
    input.setSelectionRange(2, 2);
    fireEvent.keyDown(input, { key: 'Tab' });
    expect(onChange).toHaveBeenCalledWith('a:  ');
    fireEvent.keyDown(input, { key: 's', ctrlKey: true });
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('lets Tab leave the editor after Escape', () => {
    const onChange = vi.fn();
    render(h(CodeEditor, { text: 'a:', diagnostics: [], onChange, label: 'Scenario' }));
    const input = screen.getByRole('textbox', { name: 'Scenario' });
    fireEvent.keyDown(input, { key: 'Escape' });
    const tab = fireEvent.keyDown(input, { key: 'Tab' });
    expect(tab).toBe(true); // not prevented: the browser moves focus on
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('the problem list', () => {
  it('lists each problem with its position and hint, and reveals the one chosen', () => {
    const onReveal = vi.fn();
    render(h(DiagnosticList, { diagnostics: [PROBLEM], onReveal }));
    expect(screen.getByText('1 error, 0 warnings')).toBeTruthy();
    expect(screen.getByText('line 3:5 · actors[0].capabilty')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /unknown key/ }));
    expect(onReveal).toHaveBeenCalledWith(PROBLEM);
  });

  it('says so when there is nothing to fix', () => {
    render(h(DiagnosticList, { diagnostics: [], onReveal: () => {} }));
    expect(screen.getByText(/No problems/)).toBeTruthy();
  });
});
