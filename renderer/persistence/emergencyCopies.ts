import { useSyncExternalStore } from 'react';

/**
 * Text that failed to reach IndexedDB, kept outside it (localStorage) so a
 * full disk, a lost database or a crash does not take it along. A copy is
 * dropped when a later write of the same thing in the same session lands; a
 * copy from an earlier session stays until the user has decided about it.
 */
export interface EmergencyCopy {
  /** What the text belongs to, as `kind:id` (see `emergencyKinds`). */
  key: string;
  /** What the user calls it: "Beschrijving van EA-2026-004". */
  label: string;
  at: string;
  session: string;
  value: unknown;
}

/** The kinds of text whose copies can be written back (renderer/recovery/replayCopy.ts). */
export const emergencyKinds = ['description', 'note', 'record', 'advice', 'draft'] as const;
export type EmergencyKind = (typeof emergencyKinds)[number];

const prefix = 'beraad.unsaved.';
export const currentSession = crypto.randomUUID();
const listeners = new Set<() => void>();
let snapshot: readonly EmergencyCopy[] | null = null;

function changed(): void {
  snapshot = null;
  listeners.forEach((listener) => listener());
}

// Another window keeps or settles copies too.
if (typeof window !== 'undefined') window.addEventListener('storage', (event) => (event.key === null || event.key.startsWith(prefix)) && changed());

function isCopy(value: unknown): value is EmergencyCopy {
  if (typeof value !== 'object' || value === null) return false;
  const copy = value as Record<string, unknown>;
  return typeof copy.key === 'string' && typeof copy.label === 'string' && typeof copy.at === 'string' && typeof copy.session === 'string';
}

export function emergencyKey(kind: EmergencyKind, id: string): string {
  return `${kind}:${id}`;
}

/** Keeps the copy; false when even localStorage refused it (then only memory holds the text). */
export function keepEmergencyCopy(key: string, label: string, value: unknown, at = new Date()): boolean {
  const copy: EmergencyCopy = { key, label, at: at.toISOString(), session: currentSession, value };
  try {
    localStorage.setItem(prefix + key, JSON.stringify(copy));
    changed();
    return true;
  } catch {
    return false;
  }
}

/** After a write landed: this session's copy of the same thing is superseded; an older session's is not. */
export function settleEmergencyCopy(key: string): void {
  const copy = readCopy(prefix + key);
  if (copy?.session !== currentSession) return;
  localStorage.removeItem(prefix + key);
  changed();
}

export function discardEmergencyCopy(key: string): void {
  localStorage.removeItem(prefix + key);
  changed();
}

function readCopy(storageKey: string): EmergencyCopy | null {
  try {
    const raw = localStorage.getItem(storageKey);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    return isCopy(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Every kept copy, oldest first. */
export function listEmergencyCopies(): readonly EmergencyCopy[] {
  if (snapshot) return snapshot;
  const copies: EmergencyCopy[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const storageKey = localStorage.key(i);
    if (!storageKey?.startsWith(prefix)) continue;
    const copy = readCopy(storageKey);
    if (copy) copies.push(copy);
  }
  snapshot = copies.sort((a, b) => a.at.localeCompare(b.at));
  return snapshot;
}

export function useEmergencyCopies(): readonly EmergencyCopy[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listEmergencyCopies,
  );
}
