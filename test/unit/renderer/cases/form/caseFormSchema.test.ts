import { describe, expect, it } from 'vitest';
import { caseToForm } from '../../../../../renderer/cases/form/caseFormSchema';
import { createCaseRepository } from '../../../../../renderer/cases/caseRepository';
import { caseInput } from '../../../../fixtures/caseInput';
import { testDatabase } from '../../db/testDatabase';

describe('case form values', () => {
  it('carries every editable field of a stored case and nothing of its bookkeeping', async () => {
    const input = caseInput();
    const stored = await createCaseRepository(testDatabase()).registerOne({ input }, 'EA-{nnn}');
    const { description, ...fields } = caseToForm(stored);
    expect(fields).toEqual(input);
    expect(description.type).toBe('doc');
  });
});
