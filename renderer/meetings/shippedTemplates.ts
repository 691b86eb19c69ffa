import { z } from 'zod';
import { methodTemplateInputSchema } from '@shared/methods/methodTemplate';
import shipped from '../../resources/templates/methods.nl.json';
import type { TemplateSeed } from './methodRepository';

const seedsSchema = z.array(methodTemplateInputSchema.extend({ id: z.string().min(1).max(60) }));

/** The method templates that ship with the app (written in our own words; see resources/templates). */
export function shippedMethodTemplates(): TemplateSeed[] {
  return seedsSchema.parse(shipped);
}
