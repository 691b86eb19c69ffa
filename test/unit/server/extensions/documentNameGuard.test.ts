import { describe, expect, it } from 'vitest';
import { caseDocumentName } from '@shared/sync/protocol';
import { openClient, refusal } from '../../../support/yjsClient';
import { useInProcessServers } from '../inProcessServer';

describe('documentNameGuard', () => {
  const servers = useInProcessServers();

  it.each(['notes', 'case/', 'case/../board', `case/${'x'.repeat(65)}`])('refuses the document name %j and says why', async (name) => {
    const { url, token } = await servers.start(await servers.newDataDir());
    const client = openClient(url, name, token);
    try {
      expect(await refusal(client, `${name} is refused`)).toBe('unknown_document');
    } finally {
      client.close();
    }
  });

  it('lets a case document through', async () => {
    const server = await servers.start(await servers.newDataDir());

    const client = await servers.connect(server, caseDocumentName('0b8f4c36-3d3c'));

    expect(client.provider.synced).toBe(true);
  });
});
