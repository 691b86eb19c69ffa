import { describe, expect, it } from 'vitest';
import { benchParts, seedPlan, selectParts, unknownPartsMessage } from '../../bench/parts';

describe('bench parts', () => {
  it('runs every part but the opt-in growth and sync when BENCH_ONLY is unset or empty', () => {
    const everyDefault = benchParts.filter((part) => part !== 'growth' && part !== 'sync');
    expect(selectParts(undefined)).toEqual({ ok: true, parts: everyDefault });
    expect(selectParts(' , ')).toEqual({ ok: true, parts: everyDefault });
    expect(selectParts(undefined, true)).toEqual({ ok: true, parts: [...everyDefault, 'growth'] });
  });

  it('runs the named parts in run order, however they are written', () => {
    expect(selectParts('list, seed')).toEqual({ ok: true, parts: ['seed', 'list'] });
    expect(selectParts('growth')).toEqual({ ok: true, parts: ['growth'] });
    expect(selectParts('sync,seed')).toEqual({ ok: true, parts: ['seed', 'sync'] });
    expect(selectParts('paste', true)).toEqual({ ok: true, parts: ['paste', 'growth'] });
  });

  it('refuses unknown names and lists the valid ones', () => {
    expect(selectParts('seed,lijst,Paste')).toEqual({ ok: false, unknown: ['lijst', 'Paste'] });
    const message = unknownPartsMessage(['lijst']);
    expect(message).toContain("'lijst'");
    for (const part of benchParts) expect(message).toContain(part);
  });

  it('seeds only what the selected parts read', () => {
    expect(seedPlan(['export', 'pdfExport', 'backup', 'paste', 'bundle', 'growth', 'sync'])).toEqual({ cases: false, actions: false, advices: false, meeting: false });
    expect(seedPlan(['seed'])).toEqual({ cases: true, actions: false, advices: false, meeting: false });
    expect(seedPlan(['list'])).toEqual({ cases: true, actions: false, advices: true, meeting: false });
    expect(seedPlan(['typing'])).toEqual({ cases: true, actions: false, advices: false, meeting: true });
    expect(seedPlan(['actions', 'meeting'])).toEqual({ cases: true, actions: true, advices: false, meeting: true });
    expect(seedPlan(['advice'])).toEqual({ cases: true, actions: false, advices: false, meeting: false });
  });
});
