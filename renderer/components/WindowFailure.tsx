import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';

/**
 * In place of the whole window when a part outside any page failed (the
 * header, a banner): the frame around the pages is gone too, so the one way
 * on is to load the window again.
 */
export function WindowFailure() {
  const { t } = useTranslation();
  return (
    <main className="app-main">
      <Alert type="error" role="alert" data-window-failure>
        <Heading1>{t('layout.windowFailed.title')}</Heading1>
        <Paragraph>{t('layout.windowFailed.text')}</Paragraph>
        <Button appearance="primary-action-button" onClick={() => location.reload()}>
          {t('layout.windowFailed.reload')}
        </Button>
      </Alert>
    </main>
  );
}
