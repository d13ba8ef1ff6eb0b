/**
 * A plain-text editor for scenario YAML: a native textarea (so typing, selection, undo, screen
 * readers and mobile keyboards all behave as everywhere else) over an overlay that draws the
 * diagnostics' underlines at their line:col, with line numbers beside it. The problem under the
 * caret is shown below the text, so hints are reachable without a mouse.
 *
 * Keys: Tab indents two spaces (Escape, then Tab, leaves the editor); Ctrl/Cmd+S saves;
 * F8 / Shift+F8 go to the next / previous problem.
 */
import {
  forwardRef,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { Diagnostic } from '@parley/model';
import { atCaret, lineStarts, offsetOf, segments, underlines } from './underlines.ts';

export interface CodeEditorHandle {
  /** Selects the token a diagnostic points at and scrolls it into view. */
  reveal(diagnostic: Diagnostic): void;
}

export interface CodeEditorProps {
  text: string;
  diagnostics: readonly Diagnostic[];
  onChange(text: string): void;
  onSave?(): void;
  readOnlyNote?: string;
  label: string;
}

const INDENT = '  ';

export const CodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps>(function CodeEditor(
  { text, diagnostics, onChange, onSave, label },
  ref,
) {
  const input = useRef<HTMLTextAreaElement>(null);
  const overlay = useRef<HTMLPreElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const escaped = useRef(false);
  const [caret, setCaret] = useState(0);

  const marks = useMemo(() => underlines(text, diagnostics), [text, diagnostics]);
  const pieces = useMemo(() => segments(text, marks), [text, marks]);
  const starts = useMemo(() => lineStarts(text), [text]);
  const numbers = useMemo(
    () => Array.from({ length: starts.length }, (_, k) => k + 1).join('\n'),
    [starts.length],
  );
  const here = atCaret(marks, caret).map((m) => diagnostics[m.index]!);

  const select = (start: number, end: number) => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(start, end);
    const line = starts.findLastIndex((s) => s <= start);
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 18;
    el.scrollTop = Math.max(0, (line - 4) * lineHeight);
    setCaret(start);
  };

  const reveal = (d: Diagnostic) => {
    const mark = marks.find((m) => diagnostics[m.index] === d);
    if (mark) select(mark.start, Math.min(mark.end, text.length));
    else if (d.line !== undefined) {
      const at = offsetOf(starts, text, d.line, d.col);
      select(at, at);
    }
  };
  useImperativeHandle(ref, () => ({ reveal }));

  const jump = (direction: 1 | -1) => {
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    if (sorted.length === 0) return;
    const from = input.current?.selectionStart ?? 0;
    const next =
      direction === 1
        ? (sorted.find((m) => m.start > from) ?? sorted[0]!)
        : (sorted.findLast((m) => m.start < from) ?? sorted[sorted.length - 1]!);
    select(next.start, next.end);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      onSave?.();
      return;
    }
    if (e.key === 'F8') {
      e.preventDefault();
      jump(e.shiftKey ? -1 : 1);
      return;
    }
    if (e.key === 'Escape') {
      escaped.current = true;
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey && !escaped.current && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      insert(INDENT);
    }
    escaped.current = false;
  };

  const insert = (s: string) => {
    const el = input.current!;
    // execCommand keeps the browser's undo history; fall back to editing the value.
    if (!document.execCommand?.('insertText', false, s)) {
      const { selectionStart: a, selectionEnd: b } = el;
      onChange(text.slice(0, a) + s + text.slice(b));
      requestAnimationFrame(() => el.setSelectionRange(a + s.length, a + s.length));
    }
  };

  const follow = () => {
    const el = input.current;
    if (!el) return;
    if (overlay.current) {
      overlay.current.style.transform = `translate(${-el.scrollLeft}px, ${-el.scrollTop}px)`;
    }
    if (gutter.current) gutter.current.style.transform = `translateY(${-el.scrollTop}px)`;
  };

  return (
    <div className="code-editor">
      <div className="code-frame">
        <pre className="code-gutter" ref={gutter} aria-hidden="true">
          {numbers}
        </pre>
        <div className="code-clip">
          <pre className="code-overlay" ref={overlay} aria-hidden="true">
            {pieces.map((p, k) =>
              p.underline ? (
                <mark key={k} className={`diag ${p.underline.severity}`}>
                  {p.text}
                </mark>
              ) : (
                p.text
              ),
            )}
            {'\n'}
          </pre>
          <textarea
            ref={input}
            className="code-input"
            aria-label={label}
            aria-describedby="editor-keys editor-caret"
            aria-invalid={diagnostics.some((d) => d.severity === 'error')}
            value={text}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            wrap="off"
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            onScroll={follow}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          />
        </div>
      </div>
      <div className="code-status">
        <p id="editor-caret" aria-live="polite" className={here.length ? 'caret-problem' : 'muted'}>
          {here.length
            ? here.map((d, k) => (
                <span key={k}>
                  <strong>{d.severity === 'error' ? '×' : '!'}</strong> {d.message}
                  {d.hint && <span className="muted"> — {d.hint}</span>}
                </span>
              ))
            : `Line ${starts.findLastIndex((s) => s <= caret) + 1}`}
        </p>
        <p id="editor-keys" className="muted">
          Tab indents · Esc then Tab leaves the editor · F8 next problem · Ctrl+S saves
        </p>
      </div>
    </div>
  );
});
