import { useId } from 'react';
import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import type { RegisterRow } from '@shared/advice/register';

interface Props {
  title: string;
  rows: RegisterRow[];
  none: string;
  /** Why the case is listed, for example its due date. */
  detail(row: RegisterRow): string;
  name: string;
}

/** One kind of work on the dashboard: a heading with how many, then each case as a link. */
export function AttentionSection({ title, rows, none, detail, name }: Props) {
  const headingId = useId();
  return (
    <section className="dashboard-section" aria-labelledby={headingId} data-dashboard={name}>
      <h2 id={headingId}>
        {title} <span className="dashboard-section__count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.caseId} data-dashboard-item={row.reference}>
              <Link to={`/casussen/${row.caseId}/advies`}>
                <span className="dashboard-section__reference">{row.reference}</span> {row.title}
              </Link>
              <span className="dashboard-section__detail"> — {detail(row)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
