/**
 * From the status quo: which equilibria the conflict can reach, and the shortest way there —
 * by unilateral improvements when possible, else by any legal sequence (no mover twice in a
 * row; Li, Kilgour & Hipel 2005). Equilibria stable under the most concepts come first.
 */
import { useMemo, useState } from 'react';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { CONCEPT_LABELS, moveText, moverColor } from './gmcrModel.ts';

const PAGE = 40;

export function StatusQuoPaths({
  data,
  selected,
  onSelect,
}: {
  data: GmcrViewData;
  selected: number | null;
  onSelect(state: number): void;
}) {
  const [shown, setShown] = useState(PAGE);
  const targets = useMemo(
    () =>
      [...data.targets].sort(
        (a, b) =>
          b.concepts.length - a.concepts.length ||
          Number(b.reachableByImprovements) - Number(a.reachableByImprovements) ||
          (a.path?.length ?? 99) - (b.path?.length ?? 99) ||
          a.state - b.state,
      ),
    [data],
  );
  if (data.statusQuo < 0) {
    return <p className="notice">The status quo is infeasible, so no paths are traced from it.</p>;
  }
  const reachable = targets.filter((t) => t.reachableByImprovements).length;
  return (
    <section aria-labelledby="sq-h" className="sq-paths">
      <h2 id="sq-h">From the status quo (state {data.statusQuo + 1})</h2>
      <p className="muted">
        {targets.length} equilibria; {reachable} reachable by unilateral improvements alone.
      </p>
      <ol className="target-list">
        {targets.slice(0, shown).map((t) => (
          <li key={t.state} className={t.state === selected ? 'selected' : ''}>
            <button type="button" className="button small" onClick={() => onSelect(t.state)}>
              State {t.state + 1}
            </button>{' '}
            <span>{t.concepts.map((c) => CONCEPT_LABELS[c]).join(' ')}</span>{' '}
            {t.state === data.statusQuo ? (
              <span className="badge">the status quo itself</span>
            ) : t.reachableByImprovements ? (
              <span className="badge good">{t.path?.length} improvements</span>
            ) : t.reachable ? (
              <span className="badge warn">reachable, not by improvements alone</span>
            ) : (
              <span className="badge bad">unreachable</span>
            )}
            {t.path && t.path.length > 0 && (
              <ol className="path">
                {t.path.map((m, k) => (
                  <li key={k}>
                    <span className="owner-swatch" style={{ background: moverColor(m.mover) }} />
                    {moveText(data, m)} → state {m.to + 1}
                    {!m.improvement && <span className="muted"> (not an improvement)</span>}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      {shown < targets.length && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, targets.length - shown)} more ({targets.length - shown} left)
        </button>
      )}
    </section>
  );
}
