import type { AccountRole } from '@shared/accounts/accountRoles';
import {
  accountPaths,
  type CreateAccountRequest,
  type Invitation,
  invitationSchema,
  type Session,
  sessionSchema,
} from '@shared/accounts/accountSchema';

/** The password every test account gets: long enough for passwordMinLength. */
export const testPassword = 'correct paard batterij niet';

/** POSTs JSON to the server and answers the status and parsed body (null when empty). */
export async function postJson(httpUrl: string, path: string, body: unknown, accessToken?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${httpUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(accessToken === undefined ? {} : { Authorization: `Bearer ${accessToken}` }) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** Creates the server's first account (the secretary) with the setup code it printed, and returns its Session. */
export async function setupFirstAccount(httpUrl: string, setupCode: string, email = 'secretaris@gemeente.nl'): Promise<Session> {
  const { status, body } = await postJson(httpUrl, accountPaths.setup, { setupCode, name: 'Sanne Secretaris', email, password: testPassword });
  if (status !== 201) throw new Error(`setup answered ${status}: ${JSON.stringify(body)}`);
  return sessionSchema.parse(body);
}

export interface NewAccount extends Partial<Omit<CreateAccountRequest, 'role'>> {
  role: AccountRole;
}

let accountNumber = 0;

/** Lets the secretary create an account (a made-up e-mail unless given), accepts its invitation, and returns its Session. */
export async function createAccountSession(httpUrl: string, secretary: Session, account: NewAccount): Promise<Session> {
  const invitation = await inviteAccount(httpUrl, secretary, account);
  const accepted = await postJson(httpUrl, accountPaths.acceptInvitation, {
    invitationCode: invitation.invitationCode,
    email: invitation.account.email,
    password: testPassword,
  });
  if (accepted.status !== 200) throw new Error(`accepting the invitation answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
  return sessionSchema.parse(accepted.body);
}

/** Lets the secretary create an account and returns the invitation (code included). */
export async function inviteAccount(httpUrl: string, secretary: Session, { role, ...rest }: NewAccount): Promise<Invitation> {
  accountNumber += 1;
  const request = { name: `Persoon ${accountNumber}`, email: `persoon-${accountNumber}-${Date.now()}@gemeente.nl`, role, ...rest };
  const created = await postJson(httpUrl, accountPaths.accounts, request, secretary.accessToken);
  if (created.status !== 201) throw new Error(`creating the account answered ${created.status}: ${JSON.stringify(created.body)}`);
  return invitationSchema.parse(created.body);
}
