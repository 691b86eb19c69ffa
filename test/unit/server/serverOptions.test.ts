import { describe, expect, it } from 'vitest';
import { parseServerOptions } from '../../../server/serverOptions';

describe('parseServerOptions', () => {
  it('runs on loopback port 8787 over ./beraad-data by default', () => {
    expect(parseServerOptions([])).toEqual({ kind: 'run', config: { storage: { kind: 'sqlite', dataDir: './beraad-data' }, host: '127.0.0.1', port: 8787 } });
  });

  it('takes the data folder, host and port, also written with =', () => {
    expect(parseServerOptions(['--data', '/srv/beraad', '--host=::1', '--port', '0'])).toEqual({
      kind: 'run',
      config: { storage: { kind: 'sqlite', dataDir: '/srv/beraad' }, host: '::1', port: 0 },
    });
  });

  it('stores in PostgreSQL and shares through Redis when their addresses are in the environment', () => {
    const env = { BERAAD_DATABASE_URL: 'postgres://beraad:geheim@db:5432/beraad', BERAAD_REDIS_URL: 'redis://redis:6379' };

    expect(parseServerOptions([], env)).toEqual({
      kind: 'run',
      config: { storage: { kind: 'postgres', url: 'postgres://beraad:geheim@db:5432/beraad' }, redisUrl: 'redis://redis:6379', host: '127.0.0.1', port: 8787 },
    });
  });

  it('takes --database-url and --redis-url over the environment, and ignores empty variables', () => {
    const env = { BERAAD_DATABASE_URL: 'postgres://elders/beraad', BERAAD_REDIS_URL: ' ' };

    expect(parseServerOptions(['--database-url', 'postgresql://db/beraad', '--redis-url=rediss://redis:6380/2'], env)).toMatchObject({
      kind: 'run',
      config: { storage: { kind: 'postgres', url: 'postgresql://db/beraad' }, redisUrl: 'rediss://redis:6380/2' },
    });
    expect(parseServerOptions([], env)).toEqual({ kind: 'run', config: { storage: { kind: 'postgres', url: 'postgres://elders/beraad' }, host: '127.0.0.1', port: 8787 } });
  });

  it('takes the pattern of the reference numbers it issues, over the environment, and refuses one that cannot number', () => {
    const env = { BERAAD_REFERENCE_PATTERN: 'EA-{jj}-{nnnn}' };

    expect(parseServerOptions([], env)).toMatchObject({ kind: 'run', config: { referencePattern: 'EA-{jj}-{nnnn}' } });
    expect(parseServerOptions(['--reference-pattern', 'BA/{jjjj}/{nnn}'], env)).toMatchObject({ kind: 'run', config: { referencePattern: 'BA/{jjjj}/{nnn}' } });
    for (const pattern of ['EA-{jjjj}', 'concept-{nnn}']) {
      expect(parseServerOptions(['--reference-pattern', pattern])).toMatchObject({ kind: 'refused', message: expect.stringContaining(`Ongeldig patroon voor zaaknummers: ${pattern}.`) });
    }
  });

  it('answers --help before anything else', () => {
    expect(parseServerOptions(['--port', '9000', '--help'])).toEqual({ kind: 'help' });
  });

  it('refuses a bad address in the environment as it would on the command line', () => {
    expect(parseServerOptions([], { BERAAD_REDIS_URL: 'localhost:6379' })).toEqual({
      kind: 'refused',
      message: 'Ongeldig Redis-adres: gebruik een adres als redis://server:6379 of rediss://server:6380 (--redis-url of BERAAD_REDIS_URL).',
    });
  });

  it('takes an address other computers can reach, now that every connection needs an account', () => {
    const command = parseServerOptions(['--host', '0.0.0.0']);

    expect(command.kind === 'run' && command.config.host).toBe('0.0.0.0');
  });

  it('reads a backup: where from (the data folder or PostgreSQL) and where to', () => {
    expect(parseServerOptions(['backup', '--data', '/srv/beraad', '--to', '/backup/maandag'])).toEqual({
      kind: 'backup',
      storage: { kind: 'sqlite', dataDir: '/srv/beraad' },
      to: '/backup/maandag',
    });
    expect(parseServerOptions(['backup', '--to=/backup/maandag'], { BERAAD_DATABASE_URL: 'postgres://db/beraad' })).toEqual({
      kind: 'backup',
      storage: { kind: 'postgres', url: 'postgres://db/beraad' },
      to: '/backup/maandag',
    });
  });

  it('reads a restore: which backup, and where into', () => {
    expect(parseServerOptions(['restore', '--from', '/backup/maandag', '--data', '/srv/nieuw'])).toEqual({
      kind: 'restore',
      storage: { kind: 'sqlite', dataDir: '/srv/nieuw' },
      from: '/backup/maandag',
    });
    expect(parseServerOptions(['restore', '--from=/backup/maandag'], { BERAAD_DATABASE_URL: 'postgres://db/beraad' })).toEqual({
      kind: 'restore',
      storage: { kind: 'postgres', url: 'postgres://db/beraad' },
      from: '/backup/maandag',
    });
  });

  it.each([
    [['backup'], 'Geef met --to de map op waarin de reservekopie komt.'],
    [['backup', '--to', '/b', '--port', '80'], 'Onbekende optie: --port.'],
    [['restore', '--data', '/srv/nieuw'], 'Geef met --from de map met de reservekopie op.'],
    [['restore', '--from', '/b', '--to', '/c'], 'Onbekende optie: --to.'],
  ])('refuses the backup or restore %j in Dutch', (args, message) => {
    expect(parseServerOptions(args)).toEqual({ kind: 'refused', message });
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
    [['--database-url', 'mysql://db/beraad'], 'Ongeldig database-adres: gebruik een adres dat begint met postgres:// (--database-url of BERAAD_DATABASE_URL).'],
    [['--redis-url', 'redis:6379'], 'Ongeldig Redis-adres: gebruik een adres als redis://server:6379 of rediss://server:6380 (--redis-url of BERAAD_REDIS_URL).'],
    [['--redis-url', 'redis://redis/cache'], 'Ongeldig Redis-adres: gebruik een adres als redis://server:6379 of rediss://server:6380 (--redis-url of BERAAD_REDIS_URL).'],
    [
      ['--data', '/srv/beraad', '--database-url', 'postgres://db/beraad'],
      'Kies --data of een database-adres (--database-url of BERAAD_DATABASE_URL), niet allebei: met PostgreSQL gebruikt de server geen gegevensmap.',
    ],
  ])('refuses %j in Dutch', (args, message) => {
    expect(parseServerOptions(args)).toEqual({ kind: 'refused', message });
  });
});
