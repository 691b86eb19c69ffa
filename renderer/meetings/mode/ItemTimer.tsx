import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Time spent on the current item against what was planned; it restarts with each item. */
export function ItemTimer({ plannedMinutes }: { plannedMinutes: number }) {
  const { t } = useTranslation();
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(true);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setElapsed((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const over = plannedMinutes > 0 && elapsed > plannedMinutes * 60;
  return (
    <div className={`item-timer${over ? ' item-timer--over' : ''}`}>
      <span role="timer" aria-live="off" aria-label={t('meetings.timer.label')}>
        {clock(elapsed)} / {clock(plannedMinutes * 60)}
      </span>
      {over && <span> · {t('meetings.timer.over')}</span>}
      <Button appearance="subtle-button" onClick={() => setRunning((r) => !r)}>
        {t(running ? 'meetings.timer.pause' : 'meetings.timer.resume')}
      </Button>
      <Button appearance="subtle-button" onClick={() => setElapsed(0)}>
        {t('meetings.timer.reset')}
      </Button>
    </div>
  );
}
