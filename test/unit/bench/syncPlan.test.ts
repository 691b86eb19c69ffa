import { describe, expect, it } from 'vitest';
import {
  chromiumProcessKind,
  cpuMs,
  documentOfClient,
  firstDrained,
  hotspots,
  pendingInStatus,
  perConnectionKb,
  residentKb,
  typingPause,
  type CpuProfile,
} from '../../bench/syncPlan';

describe('sync bench plan', () => {
  it('puts each run of neighbouring clients on one document', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 199].map((client) => documentOfClient(client, 4))).toEqual([0, 0, 0, 0, 1, 1, 2, 49]);
  });

  it('spreads typing pauses over the whole range, both ends included', () => {
    expect(typingPause(0, 200, 500)).toBe(200);
    expect(typingPause(0.5, 200, 500)).toBe(350);
    expect(typingPause(0.999999, 200, 500)).toBe(500);
  });

  it('reads the resident memory from /proc status, and says when there is none', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmRSS:\t   81234 kB\nRssAnon:\t   60000 kB\n';
    expect(residentKb(status)).toBe(81234);
    expect(residentKb('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeNull();
  });

  it('divides the memory a set of connections added among them', () => {
    expect(perConnectionKb(80_000, 90_000, 200)).toBe(50);
    expect(perConnectionKb(80_000, 80_101, 3)).toBe(33.7);
    expect(() => perConnectionKb(1, 2, 0)).toThrow();
  });

  it('adds user and system time from /proc stat, also when the name holds spaces and parentheses', () => {
    const stat = '4242 (node (bench) x) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 75 0 0 20 0 11 0 100 0 0';
    expect(cpuMs(stat)).toBe(3250);
  });

  it('sums a CPU profile’s self time per function, most first', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'project', url: 'http://127.0.0.1:5000/assets/index-abc.js?v=1', lineNumber: 9 }, children: [3] },
        { id: 3, callFrame: { functionName: '', url: 'http://127.0.0.1:5000/assets/yjs.js', lineNumber: 0 } },
      ],
      samples: [2, 3, 2, 1, 2],
      timeDeltas: [1000, 4000, 1500, 500, 2000],
    };
    expect(hotspots(profile, 2)).toEqual([
      { name: 'project index-abc.js:10', selfMs: 5 },
      { name: '(anonymous) yjs.js:1', selfMs: 4 },
    ]);
  });

  it('reads how many documents the header still shares', () => {
    expect(pendingInStatus('Verbonden — bezig met delen (294 documenten)')).toBe(294);
    expect(pendingInStatus('Verbonden — bezig met delen (1 document)')).toBe(1);
    expect(pendingInStatus('Verbonden')).toBe(0);
    expect(pendingInStatus(null)).toBe(0);
  });

  it('finds when the outbox first emptied after it held entries, not the empty outbox before sharing began', () => {
    const row = (at: number, outbox: number) => ({ at, outbox });
    expect(firstDrained([row(0, 0), row(100, 4003), row(900, 2003), row(2000, 0), row(2100, 3), row(2200, 0)])).toBe(2000);
    expect(firstDrained([row(0, 0), row(100, 0)])).toBeNull();
    expect(firstDrained([row(0, 5), row(100, 5)])).toBeNull();
  });

  it('names a Chromium process by what it does', () => {
    expect(chromiumProcessKind(['/usr/lib/chromium/chromium', '--headless', '--user-data-dir=/tmp/p'])).toBe('browser');
    expect(chromiumProcessKind(['chromium', '--type=renderer', '--user-data-dir=/tmp/p'])).toBe('renderer');
    expect(chromiumProcessKind(['chromium', '--type=utility', '--utility-sub-type=storage.mojom.StorageService'])).toBe('storage');
    expect(chromiumProcessKind(['chromium', '--type=utility'])).toBe('utility');
  });
});
