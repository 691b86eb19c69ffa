import { useTranslation } from 'react-i18next';
import { Button, Textbox } from '@utrecht/component-library-react';
import type { Actor } from '@shared/meetings/recordSchema';
import { LinesInput } from './LinesInput';

/** Guidance ethics' core: for each actor the positive and negative effects, and the values beneath them. */
export function ActorsInput({ actors, onChange }: { actors: Actor[]; onChange(actors: Actor[]): void }) {
  const { t } = useTranslation();
  const update = (id: string, patch: Partial<Actor>) => onChange(actors.map((a) => (a.id === id ? { ...a, ...patch } : a)));
  return (
    <div className="actors">
      {actors.map((actor, index) => {
        const name = actor.name || t('meetings.record.actorN', { n: index + 1 });
        return (
          <fieldset key={actor.id} className="actor">
            <legend>{name}</legend>
            <label>
              {t('meetings.record.actorName')}
              <Textbox value={actor.name} onChange={(event) => update(actor.id, { name: event.target.value })} />
            </label>
            <div className="actor__columns">
              <LinesInput label={t('meetings.record.positive')} value={actor.positiveEffects} onChange={(positiveEffects) => update(actor.id, { positiveEffects })} />
              <LinesInput label={t('meetings.record.negative')} value={actor.negativeEffects} onChange={(negativeEffects) => update(actor.id, { negativeEffects })} />
              <LinesInput label={t('meetings.record.values')} value={actor.values} onChange={(values) => update(actor.id, { values })} />
            </div>
            <Button appearance="subtle-button" onClick={() => onChange(actors.filter((a) => a.id !== actor.id))} aria-label={t('meetings.record.removeActorNamed', { name })}>
              {t('meetings.record.removeActor')}
            </Button>
          </fieldset>
        );
      })}
      <Button
        appearance="secondary-action-button"
        onClick={() => onChange([...actors, { id: crypto.randomUUID(), name: '', positiveEffects: [], negativeEffects: [], values: [] }])}
      >
        {t('meetings.record.addActor')}
      </Button>
    </div>
  );
}
