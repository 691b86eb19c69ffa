import { useCallback } from 'react';
import type { Account } from '@shared/accounts/accountSchema';
import { useLoaded } from '../../persistence/useLoaded';
import type { AccountApi, AccountProblem, AccountResult } from '../../sync/accountApi';
import { boardSessionKey } from '../../sync/boardSession';
import { useService } from '../../services/services';

export interface Accounts {
  /** null while loading or when the server could not be asked (`problem`). */
  accounts: Account[] | null;
  problem: AccountProblem | null;
  /** Runs one call with a fresh access token; on success the list is read again. */
  run<T>(call: (api: AccountApi, accessToken: string) => Promise<AccountResult<T>>): Promise<AccountResult<T>>;
}

/** The board's accounts as the server has them; the secretary's screens change them only through the server. */
export function useAccounts(): Accounts {
  const session = useService(boardSessionKey);

  const withToken = useCallback(
    async <T,>(call: (api: AccountApi, accessToken: string) => Promise<AccountResult<T>>): Promise<AccountResult<T>> => {
      const api = session.api();
      const accessToken = await session.accessToken();
      if (api === null || accessToken === null) return { ok: false, problem: 'unauthenticated' };
      return call(api, accessToken);
    },
    [session],
  );

  const { value: listed, reload } = useLoaded(useCallback(() => withToken((api, token) => api.listAccounts(token)), [withToken]));

  const run = useCallback(
    async <T,>(call: (api: AccountApi, accessToken: string) => Promise<AccountResult<T>>) => {
      const result = await withToken(call);
      if (result.ok) await reload();
      return result;
    },
    [withToken, reload],
  );

  return { accounts: listed?.ok ? listed.value : null, problem: listed && !listed.ok ? listed.problem : null, run };
}
