import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardDocumentName, syncProtocolVersion } from '@shared/sync/protocol';
import { openClient, within } from '../../../support/yjsClient';
import { useInProcessServers } from '../inProcessServer';

describe('protocolCheck', () => {
  const servers = useInProcessServers();

  it.each([
    ['another version', JSON.stringify({ protocol: syncProtocolVersion + 1 })],
    ['no hello at all', ''],
    ['a hello with more in it', JSON.stringify({ protocol: syncProtocolVersion, admin: true })],
    ['not JSON', '{protocol'],
  ])('refuses an app with %s before anything is exchanged', async (_what, token) => {
    const { url } = await servers.start(await servers.newDataDir());
    const writer = await servers.connect(url, boardDocumentName);
    writer.doc.getMap('people').set('p1', new Y.Map());
    await writer.acknowledged();

    const stranger = openClient(url, boardDocumentName, token);
    try {
      const refused = new Promise<string>((resolve) => stranger.provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)));
      expect(await within(refused, 'the stranger is refused')).toBe('other_version');
      expect(stranger.doc.getMap('people').size).toBe(0);
    } finally {
      stranger.close();
      writer.close();
    }
  });

  it('lets an app of this version through', async () => {
    const { url } = await servers.start(await servers.newDataDir());
    const client = await servers.connect(url, boardDocumentName);
    expect(client.provider.synced).toBe(true);
    client.close();
  });
});
