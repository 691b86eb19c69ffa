import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { AccountError } from '@shared/accounts/accountSchema';

/** Larger bodies are refused: a request of ours is a few hundred bytes, or a few kB with a guest's cases. */
export const maxBodyBytes = 64 * 1024;

// The app runs from file:// or a loopback page and sends no cookies: any origin may call, with a bearer token.
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, OPTIONS',
  'Access-Control-Max-Age': '600',
};

/** The HTTP status of each refusal. */
export const statusOf: Record<AccountError, number> = {
  invalid_request: 400,
  invalid_credentials: 401,
  rate_limited: 429,
  setup_done: 409,
  invalid_setup_code: 403,
  invalid_invitation: 403,
  unauthenticated: 401,
  token_expired: 401,
  forbidden: 403,
  not_found: 404,
  email_taken: 409,
  last_secretary: 409,
};

/** Thrown inside an endpoint to answer `{ error }` at once. */
export class RequestRefused {
  constructor(readonly error: AccountError) {}
}

export function expectMethod(method: string, expected: string) {
  if (method !== expected) throw new RequestRefused('invalid_request');
}

export function send(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    ...corsHeaders,
    ...headers,
    'Cache-Control': 'no-store',
    ...(value === null ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
  });
  response.end(value === null ? undefined : JSON.stringify(value));
}

export function bearerOf(request: IncomingMessage): string | null {
  const match = /^Bearer ([^\s]+)$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** The request's JSON body, at most `limit` bytes, checked against `schema`; anything else is `invalid_request`. */
export async function body<S extends z.ZodType>(request: IncomingMessage, schema: S, limit = maxBodyBytes): Promise<z.output<S>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new RequestRefused('invalid_request');
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestRefused('invalid_request');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new RequestRefused('invalid_request');
  return parsed.data;
}
