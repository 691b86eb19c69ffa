import { z } from 'zod';
import { optionalText } from '../util/schemaParts';
import { optionalDomainNameSchema } from './domainName';

/** The municipality the board advises, as the Woo-index identifies publishers. */
export const municipalitySchema = z.object({
  /** "Gemeente Utrecht": how documents and the metadata name it. */
  name: optionalText(120),
  /** The CBS municipality code, four digits with leading zeros ("0344"); empty while nobody has set it. */
  code: z.string().trim().regex(/^(\d{4})?$/, { error: 'validation.municipalityCode' }),
  /** Its own website's domain ("utrecht.nl"): links to it keep their address in public documents. Settings saved before it existed have none. */
  domain: optionalDomainNameSchema.default(''),
});
export type Municipality = z.infer<typeof municipalitySchema>;
