import type { Extension, onConnectPayload } from '@hocuspocus/server';
import { parseDocumentName, type SyncRefusal } from '@shared/sync/protocol';

/**
 * Refuses every document name that is not one of ours before anything is loaded or
 * stored under it, so a typo or a probe never becomes a row in the database.
 */
export const documentNameGuard: Extension = {
  extensionName: 'documentNameGuard',
  async onConnect({ documentName }: onConnectPayload) {
    if (parseDocumentName(documentName) === null) {
      // Hocuspocus sends `reason` to the client as the permission-denied message.
      throw { reason: 'unknown_document' satisfies SyncRefusal };
    }
  },
};
