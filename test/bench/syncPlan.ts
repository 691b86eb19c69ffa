/*
 * The sync bench's arithmetic, apart from sockets and browsers so it can be
 * tested: who shares which document, when each client types, what a
 * connection costs the server, and what a profile says the time went to.
 */

/** Client index → document index: `perDocument` neighbours share one document. */
export function documentOfClient(client: number, perDocument: number): number {
  return Math.floor(client / perDocument);
}

/** Milliseconds until a typing client's next edit: evenly spread over [min, max] by `random` in [0, 1). */
export function typingPause(random: number, min: number, max: number): number {
  return min + Math.floor(random * (max - min + 1));
}

/** The resident memory in kB from the text of /proc/<pid>/status; null when it has no VmRSS line. */
export function residentKb(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) : null;
}

/** What one connection added to the server's memory, in kB. */
export function perConnectionKb(beforeKb: number, afterKb: number, connections: number): number {
  if (connections <= 0) throw new Error('no connections to divide by');
  return Math.round(((afterKb - beforeKb) / connections) * 10) / 10;
}

/** CPU time of a process in ms from the text of /proc/<pid>/stat (user + system), at `ticksPerSecond` clock ticks. */
export function cpuMs(stat: string, ticksPerSecond = 100): number {
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  selfMs: number;
}

/**
 * The functions a Chrome CPU profile spent the most time in themselves, in ms,
 * named by function and the file's last path part; idle and the profiler's own
 * nodes count too, so the figures add up to the profiled time.
 */
export function hotspots(profile: CpuProfile, top: number): Hotspot[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1) ?? '';
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...self]
    .map(([name, selfMs]) => ({ name, selfMs: Math.round(selfMs) }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** How many documents the header says are still being shared ("… (12 documenten)"); 0 when it names none. */
export function pendingInStatus(text: string | null): number {
  const match = /\((\d+) document(?:en)?\)/.exec(text ?? '');
  return match ? Number(match[1]) : 0;
}

/** When the outbox first became empty after it held entries: everything this machine wrote is in the documents. */
export function firstDrained(timeline: readonly { at: number; outbox: number }[]): number | null {
  const filled = timeline.findIndex((row) => row.outbox > 0);
  if (filled < 0) return null;
  return timeline.slice(filled).find((row) => row.outbox === 0)?.at ?? null;
}

/** What a Chromium process does, from its arguments: `browser`, `renderer`, `gpu-process`, or a utility's service (`storage`, `network`). */
export function chromiumProcessKind(args: readonly string[]): string {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const type = value('type');
  if (type === undefined) return 'browser';
  if (type !== 'utility') return type;
  return value('utility-sub-type')?.split('.')[0] ?? 'utility';
}
