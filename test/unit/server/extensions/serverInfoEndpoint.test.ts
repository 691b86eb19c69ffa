import { describe, expect, it } from 'vitest';
import { serverInfoSchema } from '@shared/sync/handshake';
import { serverInfoPath, syncProtocolVersion } from '@shared/sync/protocol';
import packageJson from '../../../../package.json' with { type: 'json' };
import { useInProcessServers } from '../inProcessServer';

describe('serverInfoEndpoint', () => {
  const servers = useInProcessServers();

  it('tells any page that this is a Beraad server and which protocol it speaks', async () => {
    const { httpUrl } = await servers.start(await servers.newDataDir());

    const response = await fetch(`${httpUrl}${serverInfoPath}`, { signal: AbortSignal.timeout(5000) });

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(serverInfoSchema.parse(await response.json())).toEqual({ app: 'beraad', protocol: syncProtocolVersion, serverVersion: packageJson.version });
  });

  it('leaves every other path to Hocuspocus', async () => {
    const { httpUrl } = await servers.start(await servers.newDataDir());

    const response = await fetch(`${httpUrl}/beraad/other`, { signal: AbortSignal.timeout(5000) });

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.text()).toContain('Hocuspocus');
  });
});
