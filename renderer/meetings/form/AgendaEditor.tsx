import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { moveAgendaItem, placeAgendaItem, type AgendaItem } from '@shared/meetings/meetingSchema';
import { defaultMethodId, type MethodTemplate } from '@shared/methods/methodTemplate';
import { CasePicker } from './CasePicker';

interface Props {
  agenda: AgendaItem[];
  titles: ReadonlyMap<string, string>;
  methods: readonly MethodTemplate[];
  onChange(agenda: AgendaItem[], addedTitle?: [string, string]): void;
}

/** The ordered agenda: drag to reorder, or the up/down buttons for keyboard users. */
export function AgendaEditor({ agenda, titles, methods, onChange }: Props) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<string | null>(null);
  const update = (id: string, patch: Partial<AgendaItem>) =>
    onChange(agenda.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  return (
    <div className="agenda-editor">
      <ol className="agenda-editor__list">
        {agenda.map((item, index) => {
          const title = titles.get(item.caseId) ?? item.caseId;
          return (
            <li
              key={item.id}
              draggable
              onDragStart={() => setDragged(item.id)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={() => dragged && onChange(placeAgendaItem(agenda, dragged, index))}
              className="agenda-editor__item"
              data-agenda-item={title}
            >
              <span className="agenda-editor__title">{title}</span>
              <label>
                {t('meetings.form.minutes')}
                <Textbox
                  type="number"
                  min={0}
                  max={600}
                  className="agenda-editor__minutes"
                  value={item.plannedMinutes}
                  onChange={(event) => update(item.id, { plannedMinutes: Math.max(0, Math.min(600, Number(event.target.value) || 0)) })}
                />
              </label>
              <label>
                {t('meetings.form.method')}
                <Select value={item.methodId} onChange={(event) => update(item.id, { methodId: event.target.value })}>
                  {methods.map((method) => (
                    <SelectOption key={method.id} value={method.id}>
                      {method.name}
                    </SelectOption>
                  ))}
                </Select>
              </label>
              <span className="agenda-editor__actions">
                <Button appearance="subtle-button" disabled={index === 0} onClick={() => onChange(moveAgendaItem(agenda, item.id, -1))} aria-label={t('meetings.form.moveUp', { title })}>
                  ↑
                </Button>
                <Button appearance="subtle-button" disabled={index === agenda.length - 1} onClick={() => onChange(moveAgendaItem(agenda, item.id, 1))} aria-label={t('meetings.form.moveDown', { title })}>
                  ↓
                </Button>
                <Button appearance="subtle-button" onClick={() => onChange(agenda.filter((i) => i.id !== item.id))} aria-label={t('meetings.form.removeItem', { title })}>
                  {t('meetings.form.remove')}
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      <CasePicker
        exclude={new Set(agenda.map((item) => item.caseId))}
        onPick={(row) =>
          onChange(
            [...agenda, { id: crypto.randomUUID(), caseId: row.id, plannedMinutes: 45, methodId: methods.some((m) => m.id === defaultMethodId) ? defaultMethodId : (methods[0]?.id ?? defaultMethodId) }],
            [row.id, `${row.reference} · ${row.title}`],
          )
        }
      />
    </div>
  );
}
