import { parseArgs } from 'node:util';
import { checkReferencePattern } from '@shared/cases/reference';
import type { BoardServerConfig, BoardStorage } from './boardServer';
import { serverTexts } from './serverTexts';

const defaultDataDir = './beraad-data';
export const defaultServerConfig: BoardServerConfig = { storage: { kind: 'sqlite', dataDir: defaultDataDir }, host: '127.0.0.1', port: 8787 };

/** The environment (process.env); the server reads BERAAD_DATABASE_URL, BERAAD_REDIS_URL and BERAAD_REFERENCE_PATTERN, and an option on the command line wins over them. */
export type ServerEnvironment = Readonly<Record<string, string | undefined>>;

export type ServerCommand =
  | { kind: 'help' }
  | { kind: 'run'; config: BoardServerConfig }
  /** `npm run server -- backup --to MAP`: a copy of everything the server keeps, as a data folder. */
  | { kind: 'backup'; storage: BoardStorage; to: string }
  /** `npm run server -- restore --from MAP`: a backup put in place of an empty storage. */
  | { kind: 'restore'; storage: BoardStorage; from: string }
  /** A Dutch sentence saying what is wrong with the command line. */
  | { kind: 'refused'; message: string };

const options = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  'redis-url': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'reference-pattern': { type: 'string' },
  help: { type: 'boolean' },
} as const;

const backupOptions = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean' },
} as const;

const restoreOptions = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  from: { type: 'string' },
  help: { type: 'boolean' },
} as const;

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;
type OptionValues = Record<string, string | boolean | undefined>;

/** Reads `npm run server -- …` and its environment; every mistake is answered in Dutch, naming the option. */
export function parseServerOptions(args: readonly string[], env: ServerEnvironment = {}): ServerCommand {
  if (args[0] === 'backup') return parseBackup(args.slice(1), env);
  if (args[0] === 'restore') return parseRestore(args.slice(1), env);
  const read = readOptions(args, options);
  if ('refused' in read) return read.refused;
  const { values } = read;
  if (values.help) return { kind: 'help' };

  const port = typeof values.port === 'string' ? values.port : String(defaultServerConfig.port);
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return refuse(serverTexts.badPort(port));
  const host = typeof values.host === 'string' ? values.host : defaultServerConfig.host;

  const storage = storageOf(values, env);
  if ('refused' in storage) return storage.refused;
  const redisUrl = stringValue(values['redis-url']) ?? nonEmpty(env.BERAAD_REDIS_URL);
  if (redisUrl !== undefined && !isRedisUrl(redisUrl)) return refuse(serverTexts.badRedisUrl);
  const referencePattern = stringValue(values['reference-pattern']) ?? nonEmpty(env.BERAAD_REFERENCE_PATTERN);
  if (referencePattern !== undefined && checkReferencePattern(referencePattern) !== null) return refuse(serverTexts.badReferencePattern(referencePattern));

  return {
    kind: 'run',
    config: {
      storage: storage.storage,
      ...(redisUrl === undefined ? {} : { redisUrl }),
      ...(referencePattern === undefined ? {} : { referencePattern }),
      host,
      port: Number(port),
    },
  };
}

function parseBackup(args: readonly string[], env: ServerEnvironment): ServerCommand {
  const read = readOptions(args, backupOptions);
  if ('refused' in read) return read.refused;
  const { values } = read;
  if (values.help) return { kind: 'help' };
  const to = stringValue(values.to);
  if (to === undefined) return refuse(serverTexts.backupNeedsTarget);
  const storage = storageOf(values, env);
  if ('refused' in storage) return storage.refused;
  return { kind: 'backup', storage: storage.storage, to };
}

function parseRestore(args: readonly string[], env: ServerEnvironment): ServerCommand {
  const read = readOptions(args, restoreOptions);
  if ('refused' in read) return read.refused;
  const { values } = read;
  if (values.help) return { kind: 'help' };
  const from = stringValue(values.from);
  if (from === undefined) return refuse(serverTexts.restoreNeedsSource);
  const storage = storageOf(values, env);
  if ('refused' in storage) return storage.refused;
  return { kind: 'restore', storage: storage.storage, from };
}

/** The option values, or the refusal of the first token that is wrong. */
function readOptions(args: readonly string[], spec: OptionSpec): { values: OptionValues } | { refused: Refused } {
  // Not strict: parseArgs' own errors are English, so each mistake is found from the tokens instead.
  const { values, tokens } = parseArgs({ args: [...args], options: spec, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') return { refused: refuse(serverTexts.unexpectedArgument(token.value)) };
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(spec, token.name)) return { refused: refuse(serverTexts.unknownOption(token.rawName)) };
    const takesValue = spec[token.name]?.type === 'string';
    if (!takesValue && token.value !== undefined) return { refused: refuse(serverTexts.unexpectedValue(token.rawName)) };
    if (takesValue && (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-')))) {
      return { refused: refuse(serverTexts.missingValue(token.rawName)) };
    }
  }
  return { values };
}

function storageOf(values: OptionValues, env: ServerEnvironment): { storage: BoardStorage } | { refused: Refused } {
  const databaseUrl = stringValue(values['database-url']) ?? nonEmpty(env.BERAAD_DATABASE_URL);
  if (databaseUrl !== undefined && !hasScheme(databaseUrl, ['postgres:', 'postgresql:'])) return { refused: refuse(serverTexts.badDatabaseUrl) };
  // A data folder next to PostgreSQL would be silently unused: the person meant one of the two.
  if (databaseUrl !== undefined && typeof values.data === 'string') return { refused: refuse(serverTexts.dataWithDatabase) };
  return {
    storage: databaseUrl !== undefined ? { kind: 'postgres', url: databaseUrl } : { kind: 'sqlite', dataDir: typeof values.data === 'string' ? values.data : defaultDataDir },
  };
}

type Refused = Extract<ServerCommand, { kind: 'refused' }>;

function refuse(message: string): Refused {
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
