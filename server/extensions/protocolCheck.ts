import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { helloSchema, syncProtocolVersion, type SyncRefusal } from '@shared/sync/protocol';

/**
 * Refuses an app that speaks another layout of the documents before a single
 * update is exchanged: an older app would write records a newer one cannot
 * read, and the reverse. Until accounts exist the token is only this hello.
 */
export const protocolCheck: Extension = {
  extensionName: 'protocolCheck',
  async onAuthenticate({ token }: onAuthenticatePayload) {
    const parsed = helloSchema.safeParse(parseJson(token));
    if (!parsed.success || parsed.data.protocol !== syncProtocolVersion) {
      throw { reason: 'other_version' satisfies SyncRefusal };
    }
  },
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
