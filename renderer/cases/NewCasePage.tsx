import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1 } from '@utrecht/component-library-react';
import { useService } from '../services/services';
import { caseRepositoryKey } from './caseRepository';
import { useSettings } from '../settings/settingsContext';
import { CaseForm } from './form/CaseForm';
import { blankCaseForm } from './form/caseFormSchema';
import { localToday } from '../db/clock';


export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cases = useService(caseRepositoryKey);
  const { settings } = useSettings();
  const [initial] = useState(() => blankCaseForm(localToday()));
  return (
    <>
      <Heading1>{t('caseForm.newTitle')}</Heading1>
      <CaseForm
        initial={initial}
        draftKey="case:new"
        withDescription
        submitLabel={t('caseForm.register')}
        onCancel={() => navigate('/')}
        onSubmit={async ({ description, ...input }) => {
          const registered = await cases.registerOne({ input, description }, settings.referencePattern);
          navigate(`/casussen/${registered.id}`, { state: { registered: registered.reference } });
        }}
      />
    </>
  );
}
