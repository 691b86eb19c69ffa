import { z } from 'zod';
import {
  accountErrorSchema,
  accountListSchema,
  accountPaths,
  accountSchema,
  invitationSchema,
  sessionSchema,
  type AcceptInvitationRequest,
  type Account,
  type AccountError,
  type CreateAccountRequest,
  type Invitation,
  type LoginRequest,
  type Session,
  type SetupRequest,
  type UpdateAccountRequest,
} from '@shared/accounts/accountSchema';
import { decisionAnswerSchema, decisionPath, type DecisionAnswer, type DecisionRequest } from '@shared/advice/decisionRequest';
import { outcomeAnswerSchema, outcomePath, type OutcomeAnswer, type OutcomeRequest } from '@shared/advice/outcomeRequest';
import { ownerCaseAnswerSchema, ownerCasePath, type OwnerCase } from '@shared/advice/ownerCase';
import { caseAuditAnswerSchema, caseAuditPath, type CaseAuditAnswer, type CaseAuditRequest } from '@shared/audit/caseAudit';
import {
  screeningListSchema,
  screeningPaths,
  screeningSaveAnswerSchema,
  screeningTemplateListSchema,
  type ScreeningSaveAnswer,
} from '@shared/screening/screeningCommand';
import type { Screening } from '@shared/screening/screeningSchema';
import type { ScreeningTemplate } from '@shared/screening/templateSchema';
import { decodeSnapshot, documentSnapshotPath, type DocumentState } from '@shared/sync/documentSnapshot';
import { httpAddressOf } from '@shared/sync/serverAddress';

/** A snapshot that takes longer than this is given up: the socket's own handshakes then bring every document, only later. */
const snapshotTimeoutMs = 60_000;

/** Besides the server's own refusals: it could not be reached, or what answered is no Beraad server of ours. */
export type AccountProblem = AccountError | 'unreachable' | 'not_beraad';
export type AccountResult<T> = { ok: true; value: T } | { ok: false; problem: AccountProblem; retryAfterSeconds?: number };

/** The board server's HTTP endpoints (accounts, decisions, a project lead's screenings, the documents at once), for the socket address the person gave. Every answer is checked against the shared schema. */
export function accountApi(socketUrl: string, fetcher: typeof fetch = (...args) => fetch(...args)) {
  const base = httpAddressOf(socketUrl);

  /** `answers`: statuses besides 2xx whose body is an answer of `schema` rather than a refusal (a decision the rules refused). */
  async function call<T>(
    path: string,
    schema: z.ZodType<T>,
    init: { method: string; body?: unknown; accessToken?: string; answers?: readonly number[] },
  ): Promise<AccountResult<T>> {
    let response: Response;
    try {
      response = await fetcher(`${base}${path}`, {
        method: init.method,
        headers: {
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(init.accessToken === undefined ? {} : { Authorization: `Bearer ${init.accessToken}` }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        // No cookies go to the server, and nothing is kept between calls but what the app stores itself.
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return { ok: false, problem: 'unreachable' };
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok || init.answers?.includes(response.status)) {
      const parsed = schema.safeParse(body);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: 'not_beraad' };
    }
    const refusal = accountErrorSchema.safeParse(body);
    if (!refusal.success) return { ok: false, problem: 'not_beraad' };
    const { error, retryAfterSeconds } = refusal.data;
    return { ok: false, problem: error, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
  }

  /** Every document this account may receive, at once (`shared/sync/documentSnapshot.ts`). */
  async function documents(accessToken: string): Promise<AccountResult<DocumentState[]>> {
    try {
      const response = await fetcher(`${base}${documentSnapshotPath}`, {
        headers: { Authorization: `Bearer ${accessToken}` },
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(snapshotTimeoutMs),
      });
      if (!response.ok) {
        const refusal = accountErrorSchema.safeParse(await response.json().catch(() => undefined));
        return { ok: false, problem: refusal.success ? refusal.data.error : 'not_beraad' };
      }
      const snapshot = decodeSnapshot(new Uint8Array(await response.arrayBuffer()));
      return snapshot === null ? { ok: false, problem: 'not_beraad' } : { ok: true, value: snapshot };
    } catch {
      return { ok: false, problem: 'unreachable' };
    }
  }

  const post = <T>(path: string, schema: z.ZodType<T>, body: unknown, accessToken?: string) =>
    call(path, schema, { method: 'POST', body, ...(accessToken === undefined ? {} : { accessToken }) });

  return {
    setup: (request: SetupRequest): Promise<AccountResult<Session>> => post(accountPaths.setup, sessionSchema, request),
    login: (request: LoginRequest): Promise<AccountResult<Session>> => post(accountPaths.login, sessionSchema, request),
    acceptInvitation: (request: AcceptInvitationRequest): Promise<AccountResult<Session>> => post(accountPaths.acceptInvitation, sessionSchema, request),
    refresh: (refreshToken: string): Promise<AccountResult<Session>> => post(accountPaths.refresh, sessionSchema, { refreshToken }),
    logout: (refreshToken: string): Promise<AccountResult<unknown>> => call(accountPaths.logout, z.unknown(), { method: 'POST', body: { refreshToken } }),
    me: (accessToken: string): Promise<AccountResult<Account>> => call(accountPaths.me, accountSchema, { method: 'GET', accessToken }),
    listAccounts: (accessToken: string): Promise<AccountResult<Account[]>> =>
      call(accountPaths.accounts, accountListSchema, { method: 'GET', accessToken }).then((result) => (result.ok ? { ok: true, value: result.value.accounts } : result)),
    createAccount: (accessToken: string, request: CreateAccountRequest): Promise<AccountResult<Invitation>> =>
      post(accountPaths.accounts, invitationSchema, request, accessToken),
    updateAccount: (accessToken: string, id: string, request: UpdateAccountRequest): Promise<AccountResult<Account>> =>
      call(accountPaths.account(id), accountSchema, { method: 'PATCH', body: request, accessToken }),
    resetAccount: (accessToken: string, id: string): Promise<AccountResult<Invitation>> => post(accountPaths.resetAccount(id), invitationSchema, {}, accessToken),
    /** A decision on an advice version, taken by the server as this account; a refusal by the rules is an answer too (409). */
    decide: (accessToken: string, request: DecisionRequest): Promise<AccountResult<DecisionAnswer>> =>
      call(decisionPath, decisionAnswerSchema, { method: 'POST', body: request, accessToken, answers: [409] }),
    /** The conclusion or publication of an issued advice, recorded by the server as this account; a refusal by the rules is an answer too (409). */
    recordOutcome: (accessToken: string, request: OutcomeRequest): Promise<AccountResult<OutcomeAnswer>> =>
      call(outcomePath, outcomeAnswerSchema, { method: 'POST', body: request, accessToken, answers: [409] }),
    /** A process owner's one case: its reference and title, the advice as issued, where the conclusion stands. */
    ownerCase: (accessToken: string, caseId: string): Promise<AccountResult<OwnerCase>> =>
      post(ownerCasePath, ownerCaseAnswerSchema, { caseId }, accessToken).then((result) => (result.ok ? { ok: true, value: result.value.ownerCase } : result)),
    /** The server's audit log as it concerns one case, with the state of its hash chain. */
    caseAudit: (accessToken: string, request: CaseAuditRequest): Promise<AccountResult<CaseAuditAnswer>> => post(caseAuditPath, caseAuditAnswerSchema, request, accessToken),
    /** A project lead's: the newest version of every screening template. */
    screeningTemplates: (accessToken: string): Promise<AccountResult<ScreeningTemplate[]>> =>
      call(screeningPaths.templates, screeningTemplateListSchema, { method: 'GET', accessToken }).then((result) => (result.ok ? { ok: true, value: result.value.templates } : result)),
    /** A project lead's own screenings as the board has them. */
    ownScreenings: (accessToken: string): Promise<AccountResult<Screening[]>> =>
      call(screeningPaths.screenings, screeningListSchema, { method: 'GET', accessToken }).then((result) => (result.ok ? { ok: true, value: result.value.screenings } : result)),
    /** Saves a project lead's screening into the board's record; a refusal by the rule is an answer too (409). */
    saveScreening: (accessToken: string, screening: Screening): Promise<AccountResult<ScreeningSaveAnswer>> =>
      call(screeningPaths.screenings, screeningSaveAnswerSchema, { method: 'POST', body: screening, accessToken, answers: [409] }),
    documents,
  };
}

export type AccountApi = ReturnType<typeof accountApi>;
