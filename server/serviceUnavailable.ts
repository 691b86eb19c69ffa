/** The services the server can be configured to depend on besides its own process. */
export type ServiceName = 'postgres' | 'redis';

/**
 * Why a service could not be used at start, as far as the server can tell from the driver's
 * error: the words for each are in serverTexts.
 */
export type ServiceFailure = 'refused' | 'unknown_host' | 'timeout' | 'login' | 'no_database' | 'other';

/**
 * Rejects `listen()` when PostgreSQL or Redis cannot be used at start, so main.ts can say so
 * in Dutch instead of printing a driver's stack trace. `target` is the address without password.
 */
export class ServiceUnavailable extends Error {
  readonly target: string;
  readonly failure: ServiceFailure;

  constructor(
    readonly service: ServiceName,
    url: string,
    cause: unknown,
  ) {
    super(`${service} at ${withoutPassword(url)} cannot be used`, { cause });
    this.target = withoutPassword(url);
    this.failure = toServiceFailure(cause);
  }
}

/** The address as it may be printed: a password in it is replaced by `***`. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(ongeldig adres)';
  }
}

function toServiceFailure(error: unknown): ServiceFailure {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : '';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown_host';
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return 'timeout';
  // PostgreSQL's SQLSTATE: invalid_password, invalid_authorization_specification; Redis answers NOAUTH/WRONGPASS.
  if (code === '28P01' || code === '28000' || /^(NOAUTH|WRONGPASS)/.test(message)) return 'login';
  if (code === '3D000') return 'no_database';
  return 'other';
}
