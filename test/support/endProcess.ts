import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const stopWaitMs = 10_000;

/** Ends a child process with `signal`, and with SIGKILL if it has not gone after ten seconds. */
export async function endProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), stopWaitMs);
  await exited;
  clearTimeout(timer);
}
