import { describe, expect, it } from 'vitest';
import { parseServerOptions } from '../../../server/serverOptions';

describe('parseServerOptions', () => {
  it('runs on loopback port 8787 over ./beraad-data by default', () => {
    expect(parseServerOptions([])).toEqual({ kind: 'run', config: { dataDir: './beraad-data', host: '127.0.0.1', port: 8787 } });
  });

  it('takes the data folder, host and port, also written with =', () => {
    expect(parseServerOptions(['--data', '/srv/beraad', '--host=::1', '--port', '0'])).toEqual({
      kind: 'run',
      config: { dataDir: '/srv/beraad', host: '::1', port: 0 },
    });
  });

  it('answers --help before anything else', () => {
    expect(parseServerOptions(['--port', '9000', '--help'])).toEqual({ kind: 'help' });
  });

  it('refuses an address other computers can reach, saying it only serves this computer', () => {
    const command = parseServerOptions(['--host', '0.0.0.0']);

    expect(command.kind).toBe('refused');
    expect(command.kind === 'refused' && command.message).toMatch(/0\.0\.0\.0.*alleen deze computer/);
  });

  it.each([
    [['--poort', '80'], 'Onbekende optie: --poort.'],
    [['-p', '80'], 'Onbekende optie: -p.'],
    [['--port'], 'De optie --port mist een waarde.'],
    [['--data', '--port', '80'], 'De optie --data mist een waarde.'],
    [['--help=ja'], 'De optie --help neemt geen waarde.'],
    [['start'], 'Onverwacht argument: start.'],
    [['--port', '70000'], 'Ongeldige poort: 70000. Gebruik een getal van 0 tot en met 65535.'],
    [['--port', '80a'], 'Ongeldige poort: 80a. Gebruik een getal van 0 tot en met 65535.'],
  ])('refuses %j in Dutch', (args, message) => {
    expect(parseServerOptions(args)).toEqual({ kind: 'refused', message });
  });
});
