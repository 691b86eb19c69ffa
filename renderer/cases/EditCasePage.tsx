import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useService } from '../services/services';
import { caseRepositoryKey } from './caseRepository';
import { CaseForm } from './form/CaseForm';
import { caseToForm } from './form/caseFormSchema';
import { useCase } from './useCase';

export function EditCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const cases = useService(caseRepositoryKey);
  const { found } = useCase(id);
  if (found === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (found === null) return <Paragraph>{t('casePage.notFound')}</Paragraph>;
  return (
    <>
      <Heading1>{t('caseForm.editTitle', { reference: found.reference })}</Heading1>
      <CaseForm
        initial={caseToForm(found)}
        draftKey={`case:${found.id}`}
        withDescription={false}
        submitLabel={t('common.save')}
        onCancel={() => navigate(`/casussen/${found.id}`)}
        onSubmit={async ({ description: _unused, ...input }) => {
          await cases.update(found.id, input);
          navigate(`/casussen/${found.id}`);
        }}
      />
    </>
  );
}
