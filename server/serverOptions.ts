import { parseArgs } from 'node:util';
import type { BoardServerConfig } from './boardServer';
import { isLoopbackHost } from './loopback';
import { serverTexts } from './serverTexts';

export const defaultServerConfig: BoardServerConfig = { dataDir: './beraad-data', host: '127.0.0.1', port: 8787 };

export type ServerCommand =
  | { kind: 'help' }
  | { kind: 'run'; config: BoardServerConfig }
  /** A Dutch sentence saying what is wrong with the command line. */
  | { kind: 'refused'; message: string };

const options = {
  data: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Reads `npm run server -- …`; every mistake is answered in Dutch, naming the option. */
export function parseServerOptions(args: readonly string[]): ServerCommand {
  // Not strict: parseArgs' own errors are English, so each mistake is found from the tokens instead.
  const { values, tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') return refuse(serverTexts.unexpectedArgument(token.value));
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(options, token.name)) return refuse(serverTexts.unknownOption(token.rawName));
    const takesValue = options[token.name as keyof typeof options].type === 'string';
    if (!takesValue && token.value !== undefined) return refuse(serverTexts.unexpectedValue(token.rawName));
    if (takesValue && (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-')))) {
      return refuse(serverTexts.missingValue(token.rawName));
    }
  }
  if (values.help) return { kind: 'help' };

  const port = typeof values.port === 'string' ? values.port : String(defaultServerConfig.port);
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return refuse(serverTexts.badPort(port));
  const host = typeof values.host === 'string' ? values.host : defaultServerConfig.host;
  if (!isLoopbackHost(host)) return refuse(serverTexts.notLoopback(host));
  const dataDir = typeof values.data === 'string' ? values.data : defaultServerConfig.dataDir;
  return { kind: 'run', config: { dataDir, host, port: Number(port) } };
}

function refuse(message: string): ServerCommand {
  return { kind: 'refused', message };
}
