import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { Case } from '@shared/cases/caseSchema';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { useService } from '../../services/services';
import { bridgeKey } from '../../platform/bridge';
import { formatDate } from '../../i18n/formatters';

export function CaseDetails({ current }: { current: Case }) {
  const { t } = useTranslation();
  const bridge = useService(bridgeKey);
  const owner = current.processOwner;
  const rows: [string, ReactNode][] = [
    [t('case.question'), <span className="preserve-lines">{current.question}</span>],
    [t('case.processOwner'), [owner.name, owner.department, owner.contact].filter(Boolean).join(' · ')],
    [t('case.requester'), current.requester || '—'],
    [t('case.solicited'), t(current.solicited ? 'case.solicitedYes' : 'case.solicitedNo')],
    [t('case.receivedOn'), formatDate(current.receivedOn)],
    [t('case.technology'), t(`technology.${current.technology}`)],
    [t('case.themes'), current.themes.join(', ') || '—'],
    [t('case.values'), current.values.join(', ') || '—'],
    [t('case.classification'), t(`classification.${current.classification}`)],
  ];
  return (
    <>
      <DataList className="case-details">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <h2>{t('case.instruments')}</h2>
      {current.instruments.length === 0 ? (
        <p className="muted">{t('case.noInstruments')}</p>
      ) : (
        <ul className="instrument-list">
          {current.instruments.map((instrument, index) => {
            const link = parseExternalUrl(instrument.link);
            return (
              <li key={index}>
                <strong>{t(`instrument.kinds.${instrument.kind}`)}</strong>: {t(`instrument.statuses.${instrument.status}`)}
                {instrument.documentRef && ` · ${instrument.documentRef}`}
                {link && (
                  <>
                    {' · '}
                    <button type="button" className="link-button" onClick={() => void bridge.openExternal({ url: link.href })}>
                      {link.hostname}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
