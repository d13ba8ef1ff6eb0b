/** A part of a form: its heading (with a count when it lists things) and a short explanation. */
import { useId, type ReactNode } from 'react';

export function FormSection({
  title,
  count,
  intro,
  children,
}: {
  title: string;
  count?: number;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="form-section">
      <h2 id={id}>
        {title}
        {count !== undefined && ` (${count})`}
      </h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}
