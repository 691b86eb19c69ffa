import { describe, expect, it } from 'vitest';
import type { Advice, AdviceVersion } from '@shared/advice/adviceSchema';
import { decide, type DecisionState } from '@shared/advice/decisions';
import type { Case } from '@shared/cases/caseSchema';
import { provisionalReference } from '@shared/cases/reference';
import { everyTable } from '../../../fixtures/backup/records';

const at = new Date('2026-06-01T10:00:00Z');

function approvedVersion(reference: string): DecisionState {
  const theCase = { ...everyTable.cases[0], status: 'advies_in_opstelling', reference } as Case;
  return {
    version: { ...everyTable.adviceVersions[0], status: 'approved' } as AdviceVersion,
    advice: { ...everyTable.advices[0], latest: { number: 1, status: 'approved' } } as Advice,
    case: theCase,
    memberIds: [],
    conflicts: [],
    reviewerName: 'Noor',
  };
}

describe('decide', () => {
  it('issues an advice only under the case’s issued reference number, not while it is a concept', () => {
    const issue = { kind: 'step', to: 'issued' } as const;
    expect(decide(approvedVersion(provisionalReference('3f9a1c2b-7d4e-4f00-8a11-0123456789ab')), issue, at, '2026-06-01', () => 'id')).toEqual({ ok: false, reasons: ['no_reference'] });
    expect(decide(approvedVersion('EA-2026-001'), issue, at, '2026-06-01', () => 'id')).toMatchObject({ ok: true, version: { status: 'issued' } });
  });
});
