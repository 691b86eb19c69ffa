import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../server/loopback';

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', 'localhost', 'LOCALHOST'])('takes %s as this computer', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', '128.0.0.1', 'beraad.gemeente.nl', '127.0.0.1.nip.io', ''])('takes %j as reachable from elsewhere', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
