import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import type { Person } from '@shared/people/personSchema';

type Presence = 'present' | 'absent' | 'none';

interface Props {
  people: readonly Person[];
  attendees: string[];
  absentees: string[];
  onChange(attendees: string[], absentees: string[]): void;
}

/** Per person: present, absent (sent apologies) or not invited; someone is never both. */
export function AttendanceInput({ people, attendees, absentees, onChange }: Props) {
  const { t } = useTranslation();
  const presenceOf = (id: string): Presence => (attendees.includes(id) ? 'present' : absentees.includes(id) ? 'absent' : 'none');
  const set = (id: string, presence: Presence) => {
    const without = (list: string[]) => list.filter((p) => p !== id);
    onChange(
      presence === 'present' ? [...without(attendees), id] : without(attendees),
      presence === 'absent' ? [...without(absentees), id] : without(absentees),
    );
  };
  const listed = people.filter((p) => p.active || attendees.includes(p.id) || absentees.includes(p.id));
  return (
    <Fieldset className="form-row">
      <FieldsetLegend>{t('meetings.form.attendance')}</FieldsetLegend>
      {listed.length === 0 && <p className="muted">{t('meetings.form.noPeople')}</p>}
      <table className="attendance">
        <tbody>
          {listed.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              {(['present', 'absent', 'none'] as const).map((presence) => (
                <td key={presence}>
                  <label>
                    <input
                      type="radio"
                      name={`presence-${person.id}`}
                      checked={presenceOf(person.id) === presence}
                      onChange={() => set(person.id, presence)}
                    />{' '}
                    {t(`meetings.presence.${presence}`)}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Fieldset>
  );
}
