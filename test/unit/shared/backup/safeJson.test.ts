import { describe, expect, it } from 'vitest';
import { droppedKey, parseJsonEntry } from '@shared/backup/safeJson';

const bytes = (text: string) => new TextEncoder().encode(text);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('parseJsonEntry', () => {
  it('takes nesting up to the limit and refuses one level more', () => {
    expect(parseJsonEntry('tables/drafts.json', bytes(nested(4)), 4).ok).toBe(true);
    expect(parseJsonEntry('tables/drafts.json', bytes(`[1, {"a": ${nested(3)}}]`), 4).ok).toBe(false);
    expect(parseJsonEntry('tables/drafts.json', bytes(nested(5)), 4)).toEqual({
      ok: false,
      refusal: { code: 'jsonTooDeep', entry: 'tables/drafts.json', limit: 4 },
    });
  });

  it('refuses a prototype key at any depth, not only in the first record', () => {
    const text = '[{"id": "a", "value": {"x": 1}}, {"id": "b", "value": {"list": [{"__proto__": {"isAdmin": true}}]}}]';
    expect(parseJsonEntry('tables/settings.json', bytes(text), 256)).toEqual({
      ok: false,
      refusal: { code: 'forbiddenKey', entry: 'tables/settings.json', key: '__proto__' },
    });
  });

  it('refuses a file 100,000 levels deep without running out of stack', () => {
    expect(parseJsonEntry('tables/drafts.json', bytes(nested(100_000)), 256)).toMatchObject({ ok: false, refusal: { code: 'jsonTooDeep' } });
  });
});

describe('droppedKey', () => {
  it('names the first dropped key by its whole path', () => {
    const input = { id: 'a', agenda: [{ caseId: 'c' }, { caseId: 'd', onclick: 'x' }] };
    expect(droppedKey(input, { id: 'a', agenda: [{ caseId: 'c' }, { caseId: 'd' }] })).toBe('agenda.1.onclick');
    expect(droppedKey(input, { agenda: input.agenda })).toBe('id');
    expect(droppedKey(input, structuredClone(input))).toBeNull();
  });
});
