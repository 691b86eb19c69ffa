import { z } from 'zod';
import { optionalText } from '../util/schemaParts';

/** The municipality the board advises, as the Woo-index identifies publishers. */
export const municipalitySchema = z.object({
  /** "Gemeente Utrecht": how documents and the metadata name it. */
  name: optionalText(120),
  /** The CBS municipality code, four digits with leading zeros ("0344"); empty while nobody has set it. */
  code: z.string().trim().regex(/^(\d{4})?$/, { error: 'validation.municipalityCode' }),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const unsetMunicipality: Municipality = { name: '', code: '' };

export const isMunicipalitySet = (municipality: Municipality): boolean => municipality.code !== '';

/** The TOOI identifier of a municipality: "gm" and the CBS code. */
export const municipalityUri = (code: string): string => `https://identifier.overheid.nl/tooi/id/gemeente/gm${code}`;
