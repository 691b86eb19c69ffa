import { z } from 'zod';
import { caseInputSchema, caseStatusSchema, richTextSchema } from '@shared/cases/caseSchema';
import samples from '../../resources/sample-data/cases.nl.json';
import type { CaseRepository } from './caseRepository';

const sampleSchema = z.array(caseInputSchema.extend({ status: caseStatusSchema, description: richTextSchema }));

/** Loads the example register (our own wording of the cases in DOMAIN.md) in one transaction. */
export async function loadSampleCases(cases: CaseRepository, referencePattern: string): Promise<number> {
  const parsed = sampleSchema.parse(samples);
  const registered = await cases.register(
    parsed.map(({ status, description, ...input }) => ({ input, status, description })),
    referencePattern,
  );
  return registered.length;
}
