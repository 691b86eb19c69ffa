import { describe, expect, it } from 'vitest';
import {
  caseStatuses,
  checkTransition as check,
  nextStatuses,
  noAdviceEvidence,
  type AdviceEvidence,
  type CaseStatus,
} from '@shared/cases/status';

const at = (status: CaseStatus, archivedAt: string | null = null) => ({ status, archivedAt });
const everything: AdviceEvidence = { adviceIssued: true, conclusionRecorded: true, published: true };
const checkTransition = (current: ReturnType<typeof at>, to: CaseStatus) => check(current, to, everything);

describe('case state machine', () => {
  it('walks the normal life of a case from intake to afgesloten', () => {
    const path: CaseStatus[] = [
      'intake',
      'in_voorbereiding',
      'in_beraadslaging',
      'advies_in_opstelling',
      'advies_uitgebracht',
      'conclusie_ontvangen',
      'gepubliceerd',
      'afgesloten',
    ];
    for (let i = 0; i < path.length - 1; i++) {
      expect(checkTransition(at(path[i]!), path[i + 1]!)).toEqual({ ok: true });
    }
  });

  it('refuses skipping steps', () => {
    expect(checkTransition(at('intake'), 'advies_uitgebracht')).toEqual({ ok: false, reason: 'not_allowed' });
    expect(checkTransition(at('in_beraadslaging'), 'gepubliceerd')).toEqual({ ok: false, reason: 'not_allowed' });
  });

  it('allows stepping back only before the advice is issued', () => {
    expect(checkTransition(at('in_beraadslaging'), 'in_voorbereiding').ok).toBe(true);
    expect(checkTransition(at('advies_uitgebracht'), 'advies_in_opstelling').ok).toBe(false);
    expect(checkTransition(at('gepubliceerd'), 'conclusie_ontvangen').ok).toBe(false);
  });

  it('lets a case be withdrawn until the advice is out, and reopened at intake', () => {
    for (const status of ['intake', 'in_voorbereiding', 'in_beraadslaging', 'advies_in_opstelling'] as const) {
      expect(checkTransition(at(status), 'ingetrokken').ok).toBe(true);
    }
    expect(checkTransition(at('advies_uitgebracht'), 'ingetrokken').ok).toBe(false);
    expect(nextStatuses('ingetrokken')).toEqual(['intake']);
  });

  it('treats afgesloten as final', () => {
    for (const status of caseStatuses) {
      expect(checkTransition(at('afgesloten'), status).ok).toBe(false);
    }
  });

  it('refuses a move to the same status and any move of an archived case', () => {
    expect(checkTransition(at('intake'), 'intake')).toEqual({ ok: false, reason: 'same_status' });
    expect(checkTransition(at('intake', '2026-01-01T00:00:00.000Z'), 'in_voorbereiding')).toEqual({
      ok: false,
      reason: 'archived',
    });
  });

  it('offers only statuses that exist', () => {
    for (const status of caseStatuses) {
      for (const next of nextStatuses(status)) expect(caseStatuses).toContain(next);
    }
  });

  it('reaches advies uitgebracht only with an issued advice', () => {
    expect(check(at('advies_in_opstelling'), 'advies_uitgebracht', noAdviceEvidence)).toEqual({
      ok: false,
      reason: 'advice_not_issued',
    });
    expect(check(at('advies_in_opstelling'), 'advies_uitgebracht', { ...noAdviceEvidence, adviceIssued: true }).ok).toBe(true);
  });

  it('reaches conclusie ontvangen only with a recorded conclusion', () => {
    const issued = { ...noAdviceEvidence, adviceIssued: true };
    expect(check(at('advies_uitgebracht'), 'conclusie_ontvangen', issued)).toEqual({ ok: false, reason: 'no_conclusion' });
    expect(check(at('advies_uitgebracht'), 'conclusie_ontvangen', { ...issued, conclusionRecorded: true }).ok).toBe(true);
  });

  it('reaches gepubliceerd only with a conclusion and a publication date', () => {
    expect(check(at('conclusie_ontvangen'), 'gepubliceerd', { ...everything, published: false })).toEqual({
      ok: false,
      reason: 'not_published',
    });
    expect(check(at('conclusie_ontvangen'), 'gepubliceerd', { ...everything, conclusionRecorded: false })).toEqual({
      ok: false,
      reason: 'no_conclusion',
    });
    expect(check(at('conclusie_ontvangen'), 'gepubliceerd', everything).ok).toBe(true);
  });
});
