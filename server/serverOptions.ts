import { parseArgs } from 'node:util';
import type { BoardServerConfig } from './boardServer';
import { serverTexts } from './serverTexts';

export const defaultServerConfig: BoardServerConfig = { storage: { kind: 'sqlite', dataDir: './beraad-data' }, host: '127.0.0.1', port: 8787 };

/** The environment (process.env); the server reads BERAAD_DATABASE_URL and BERAAD_REDIS_URL, and an option on the command line wins over them. */
export type ServerEnvironment = Readonly<Record<string, string | undefined>>;

export type ServerCommand =
  | { kind: 'help' }
  | { kind: 'run'; config: BoardServerConfig }
  /** A Dutch sentence saying what is wrong with the command line. */
  | { kind: 'refused'; message: string };

const options = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  'redis-url': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Reads `npm run server -- …` and its environment; every mistake is answered in Dutch, naming the option. */
export function parseServerOptions(args: readonly string[], env: ServerEnvironment = {}): ServerCommand {
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

  const databaseUrl = stringValue(values['database-url']) ?? nonEmpty(env.BERAAD_DATABASE_URL);
  if (databaseUrl !== undefined && !hasScheme(databaseUrl, ['postgres:', 'postgresql:'])) return refuse(serverTexts.badDatabaseUrl);
  // A data folder next to PostgreSQL would be silently unused: the person meant one of the two.
  if (databaseUrl !== undefined && typeof values.data === 'string') return refuse(serverTexts.dataWithDatabase);
  const redisUrl = stringValue(values['redis-url']) ?? nonEmpty(env.BERAAD_REDIS_URL);
  if (redisUrl !== undefined && !isRedisUrl(redisUrl)) return refuse(serverTexts.badRedisUrl);

  const storage: BoardServerConfig['storage'] =
    databaseUrl !== undefined
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'sqlite', dataDir: typeof values.data === 'string' ? values.data : './beraad-data' };
  return { kind: 'run', config: { storage, ...(redisUrl === undefined ? {} : { redisUrl }), host, port: Number(port) } };
}

function refuse(message: string): ServerCommand {
  return { kind: 'refused', message };
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function hasScheme(url: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** redis:// or rediss:// with a host, and at most a database number as path. */
function isRedisUrl(url: string): boolean {
  if (!hasScheme(url, ['redis:', 'rediss:'])) return false;
  const { hostname, pathname } = new URL(url);
  return hostname !== '' && /^\/?\d*$/.test(pathname);
}
