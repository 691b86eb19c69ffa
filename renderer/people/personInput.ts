import type { z } from 'zod';
import { personInputSchema, type Person, type PersonInput } from '@shared/people/personSchema';

export type ValidPersonInput = z.output<typeof personInputSchema>;

export const blankPerson: PersonInput = {
  name: '',
  roles: [],
  discipline: '',
  organisation: '',
  isAdministrator: false,
  active: true,
};

/** The editable fields of a stored person, picked by the schema so a new field cannot be forgotten here. */
export function personToInput(person: Person): PersonInput {
  return Object.fromEntries(
    Object.keys(personInputSchema.shape).map((key) => [key, person[key as keyof PersonInput]]),
  ) as PersonInput;
}
