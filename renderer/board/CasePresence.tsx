import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { useCasePresence } from './useCasePresence';
import './board.css';

/** "Ook in deze casus: …": who else of the board has the case open now, so two people know they work side by side. */
export function CasePresence({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const others = useCasePresence(caseId);
  if (others.length === 0) return null;
  return (
    <Paragraph className="case-presence" data-case-presence="">
      {t('board.presence.alsoHere')}{' '}
      {others.map((person, index) => (
        <span key={person.name}>
          {index > 0 && ', '}
          <span className="case-presence__dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
          {person.name}
        </span>
      ))}
    </Paragraph>
  );
}
