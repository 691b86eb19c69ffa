import type { Page } from 'playwright-core';

/** `yyyy-mm-dd`, `offset` days from today in local time, as the app reckons due dates. */
export function dayFromToday(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return date.toLocaleDateString('sv-SE');
}

const stamp = () => new Date().toISOString();

/** An open action exactly as shared/meetings/actionSchema.ts stores it. */
export function actionRecord(caseId: string, what: string, dueOn: string, overrides: Record<string, unknown> = {}) {
  return {
    id: crypto.randomUUID(),
    caseId,
    meetingId: null,
    agendaItemId: null,
    what,
    ownerId: null,
    dueOn,
    state: 'open',
    doneAt: null,
    note: '',
    createdAt: stamp(),
    updatedAt: stamp(),
    deletedAt: null,
    ...overrides,
  };
}

/** A person exactly as shared/people/personSchema.ts stores it. */
export function personRecord(name: string) {
  return {
    id: crypto.randomUUID(),
    name,
    roles: ['lid'],
    discipline: '',
    organisation: '',
    isAdministrator: false,
    active: true,
    createdAt: stamp(),
    updatedAt: stamp(),
  };
}

/* There is no screen to add actions yet, so tests write them into the app's own IndexedDB, as the app would. */
export async function putRecords(page: Page, store: string, records: object[]): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('beraad');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const record of records) tx.objectStore(store).put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}

export async function readRecord(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    async ({ store, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('beraad');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const record = await new Promise<unknown>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return record;
    },
    { store, key },
  );
}
