import { z } from 'zod';
import { optionalText, requiredText, timestampSchema } from '../util/schemaParts';

export const personRoles = [
  'voorzitter',
  'lid',
  'externe_procesbegeleider',
  'secretaris',
  'inwoner_op_afroep',
  'adviseur',
  'gast',
] as const;
export const personRoleSchema = z.enum(personRoles, { error: 'validation.choose' });
export type PersonRole = z.infer<typeof personRoleSchema>;

export const personInputSchema = z.object({
  name: requiredText(120),
  roles: z.array(personRoleSchema).min(1, { error: 'validation.chooseOne' }).max(personRoles.length),
  discipline: optionalText(120),
  organisation: optionalText(120),
  /** A bestuurder (alderman, director): by design not a member of the body. */
  isAdministrator: z.boolean(),
  active: z.boolean(),
});

/** People are never hard-deleted: minutes and advice keep referring to them. */
export const personSchema = personInputSchema.extend({
  id: z.uuid(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type PersonInput = z.input<typeof personInputSchema>;
export type Person = z.output<typeof personSchema>;
