// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  currentSession,
  emergencyKey,
  keepEmergencyCopy,
  listEmergencyCopies,
  settleEmergencyCopy,
} from '../../../../renderer/persistence/emergencyCopies';

afterEach(() => {
  localStorage.clear();
  window.dispatchEvent(new StorageEvent('storage', { key: null }));
});

describe('emergency copies', () => {
  it('keeps unsaved text outside IndexedDB, oldest first', () => {
    keepEmergencyCopy(emergencyKey('note', 'b'), 'Agendapunt 2', { doc: 2 }, new Date('2026-12-06T10:01:00Z'));
    keepEmergencyCopy(emergencyKey('description', 'a'), 'EA-2026-001', { doc: 1 }, new Date('2026-12-06T10:00:00Z'));
    expect(listEmergencyCopies().map((copy) => [copy.key, copy.value])).toEqual([
      ['description:a', { doc: 1 }],
      ['note:b', { doc: 2 }],
    ]);
  });

  it('drops a copy once a later write of it lands in the same session', () => {
    keepEmergencyCopy('note:a', 'A', 'tekst');
    settleEmergencyCopy('note:a');
    expect(listEmergencyCopies()).toEqual([]);
  });

  it('keeps a copy from an earlier session until the user decides', async () => {
    const earlier = { key: 'note:a', label: 'A', at: '2026-12-05T10:00:00.000Z', session: 'earlier', value: 'gisteren' };
    localStorage.setItem('beraad.unsaved.note:a', JSON.stringify(earlier));
    // A restart: the module, and so the session, is new.
    vi.resetModules();
    const restarted = await import('../../../../renderer/persistence/emergencyCopies');
    expect(restarted.currentSession).not.toBe(currentSession);
    restarted.settleEmergencyCopy('note:a');
    expect(restarted.listEmergencyCopies()).toEqual([earlier]);
    restarted.discardEmergencyCopy('note:a');
    expect(restarted.listEmergencyCopies()).toEqual([]);
  });

  it('ignores what is not a copy', () => {
    localStorage.setItem('beraad.unsaved.x', '{kapot');
    localStorage.setItem('beraad.unsaved.y', JSON.stringify({ key: 1 }));
    expect(listEmergencyCopies()).toEqual([]);
  });

  it('says so when localStorage refuses the copy', () => {
    const full = Object.getPrototypeOf(localStorage) as Storage;
    const original = full.setItem;
    full.setItem = () => {
      throw new DOMException('vol', 'QuotaExceededError');
    };
    try {
      expect(keepEmergencyCopy('note:a', 'A', 'x'.repeat(10))).toBe(false);
    } finally {
      full.setItem = original;
    }
  });
});
