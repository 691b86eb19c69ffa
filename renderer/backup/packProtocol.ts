import type { PackedEntry } from '@shared/backup/packEntry';

/** What the page asks the packing worker: an entry begun, a part of it, its end. */
export type PackRequest = { type: 'start'; id: number; path: string } | { type: 'push'; id: number; text: string } | { type: 'end'; id: number };

/** What the worker answers at an entry's end. */
export type PackAnswer = { id: number; packed: PackedEntry } | { id: number; failed: string };
