import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { nextVersionStatuses } from '@shared/advice/versionRules';
import type { AdviceVersion, VersionStatus } from '@shared/advice/adviceSchema';
import { flushAll } from '../persistence/flushRegistry';
import { RefusalAlert } from './RefusalAlert';
import { useDecisions } from './useDecisions';
import { useRefusal } from './useRefusal';

/** The next steps for the newest version; a refused step says why and changes nothing. */
export function VersionStatusControl({ version, onChanged }: { version: AdviceVersion; onChanged(): void }) {
  const { t } = useTranslation();
  const decisions = useDecisions();
  const { reasons, run } = useRefusal();
  const step = async (to: VersionStatus) => {
    // The text typed last must be stored before the version leaves draft.
    await flushAll();
    await run(() => decisions.step(version, to), onChanged);
  };
  const steps = nextVersionStatuses(version.status);
  if (steps.length === 0) return null;
  return (
    <div className="advice-steps">
      <ButtonGroup>
        {steps.map((to) => (
          <Button
            key={to}
            appearance={to === 'draft' ? 'secondary-action-button' : 'primary-action-button'}
            onClick={() => void step(to)}
          >
            {t(`advice.step.${version.status}.${to}`)}
          </Button>
        ))}
      </ButtonGroup>
      <RefusalAlert reasons={reasons} />
    </div>
  );
}
