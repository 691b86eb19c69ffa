import { z } from 'zod';
import { accountRoles, type AccountRole } from './accountRoles';

/** The roles (`./accountRoles.ts`) are their own module, so the screens that only ask for a role do not load the schemas. */
export const accountRoleSchema = z.enum(accountRoles, { error: 'validation.choose' });

/** NCSC's advice for a password without a second factor: long rather than complicated. */
export const passwordMinLength = 12;
export const passwordSchema = z.string().min(passwordMinLength, { error: 'accounts.passwordTooShort' }).max(256, { error: 'validation.tooLong' });
const emailSchema = z.email({ error: 'validation.email' }).trim().toLowerCase().max(254, { error: 'validation.tooLong' });
const nameSchema = z.string().trim().min(1, { error: 'validation.required' }).max(120, { error: 'validation.tooLong' });
const caseIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A one-time code the server prints (setup) or the secretary hands over (invitation): 4 groups of 4 letters/digits. */
const oneTimeCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4}(-?[A-Z0-9]{4}){3}$/, { error: 'accounts.codeFormat' });

export const accountSchema = z.object({
  id: z.uuid(),
  name: nameSchema,
  email: emailSchema,
  role: accountRoleSchema,
  active: z.boolean(),
  /** The person in the board's register this account is, so conflicts of interest and approvals can be tied to it. */
  personId: z.uuid().nullable(),
  /** The cases a guest was invited to, or a process owner's one case; empty for the board's own roles, who see every case. */
  caseIds: z.array(caseIdSchema).max(10_000),
  /** Whether the person has set a password; until then only the invitation code opens the account. */
  activated: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

export const sessionSchema = z.object({
  accessToken: z.string().min(1).max(4096),
  accessExpiresAt: z.iso.datetime(),
  refreshToken: z.string().min(1).max(512),
  refreshExpiresAt: z.iso.datetime(),
  account: accountSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const setupRequestSchema = z.object({ setupCode: oneTimeCodeSchema, name: nameSchema, email: emailSchema, password: passwordSchema });
export const loginRequestSchema = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(512) });
export const acceptInvitationRequestSchema = z.object({ invitationCode: oneTimeCodeSchema, email: emailSchema, password: passwordSchema });
/** A process owner is invited for exactly one case: the one whose advice they answer. */
export function fitsCases(account: { readonly role: AccountRole; readonly caseIds: readonly string[] }): boolean {
  return account.role !== 'proceseigenaar' || account.caseIds.length === 1;
}

export const createAccountRequestSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    role: accountRoleSchema,
    personId: z.uuid().nullable().default(null),
    caseIds: z.array(caseIdSchema).max(10_000).default([]),
  })
  .refine(fitsCases, { error: 'accounts.oneCase', path: ['caseIds'] });
export const updateAccountRequestSchema = z
  .object({ role: accountRoleSchema, active: z.boolean(), personId: z.uuid().nullable(), caseIds: z.array(caseIdSchema).max(10_000), name: nameSchema })
  .partial();

export type SetupRequest = z.infer<typeof setupRequestSchema>;
export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;
export type CreateAccountRequest = z.input<typeof createAccountRequestSchema>;
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

/** The answer to creating an account or resetting its password: the code the secretary hands to the person, shown once. */
export const invitationSchema = z.object({ account: accountSchema, invitationCode: oneTimeCodeSchema, expiresAt: z.iso.datetime() });
export type Invitation = z.infer<typeof invitationSchema>;

export const accountListSchema = z.object({ accounts: z.array(accountSchema).max(10_000) });

/** Why the server said no, as `{ error }` with a 4xx status; the app words each in Dutch. */
export const accountErrors = [
  'invalid_request',
  'invalid_credentials',
  'rate_limited',
  'setup_done',
  'invalid_setup_code',
  'invalid_invitation',
  'unauthenticated',
  'token_expired',
  'forbidden',
  'not_found',
  'email_taken',
  'last_secretary',
] as const;
export type AccountError = (typeof accountErrors)[number];
export const accountErrorSchema = z.object({ error: z.enum(accountErrors), retryAfterSeconds: z.number().int().min(0).optional() });

/** The server's account endpoints, next to the WebSocket (http(s) on the same host and port). */
export const accountPaths = {
  setup: '/beraad/setup',
  login: '/beraad/login',
  refresh: '/beraad/refresh',
  logout: '/beraad/logout',
  me: '/beraad/me',
  acceptInvitation: '/beraad/invitations/accept',
  /** GET lists, POST creates (secretary). */
  accounts: '/beraad/accounts',
  /** PATCH changes role, name, person, guest cases or active (secretary). */
  account: (id: string) => `/beraad/accounts/${encodeURIComponent(id)}`,
  /** POST: a new invitation code for a forgotten password (secretary); the old password stops working. */
  resetAccount: (id: string) => `/beraad/accounts/${encodeURIComponent(id)}/reset`,
} as const;

/**
 * What this machine keeps between starts to stay signed in: never the
 * password nor the short-lived access token, only the refresh token (on the
 * desktop encrypted with the operating system's key store).
 */
export const keptSessionSchema = z.object({
  serverUrl: z.string().min(1).max(500),
  refreshToken: sessionSchema.shape.refreshToken,
  refreshExpiresAt: sessionSchema.shape.refreshExpiresAt,
  account: accountSchema,
});
export type KeptSession = z.infer<typeof keptSessionSchema>;
