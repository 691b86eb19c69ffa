import { useId, type ReactNode } from 'react';

/** One outcome panel: a titled region with its own explanation, status lines and form. */
export function OutcomeSection({ title, intro, name, children }: { title: string; intro: string; name: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="advice-outcome__panel" data-outcome={name}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{intro}</p>
      {children}
    </section>
  );
}
