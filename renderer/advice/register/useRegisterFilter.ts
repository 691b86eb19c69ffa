import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isoDateSchema } from '@shared/util/schemaParts';

export interface RegisterFilter {
  /** yyyy-mm-dd or '' for an open end. */
  from: string;
  to: string;
  onlyAttention: boolean;
}

const dateParam = (value: string | null) => (isoDateSchema.safeParse(value).success ? value! : '');

/**
 * The filter is mirrored in the URL so coming back from a case shows the
 * register as it was left. The state itself is local, as in the actions
 * overview: the router applies a URL change a moment later, and a controlled
 * input would jump back in between.
 */
export function useRegisterFilter(): [RegisterFilter, (change: Partial<RegisterFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<RegisterFilter>(() => ({
    from: dateParam(params.get('van')),
    to: dateParam(params.get('tot')),
    onlyAttention: params.get('aandacht') === '1',
  }));
  const update = (change: Partial<RegisterFilter>) => {
    const next = { ...filter, ...change };
    setFilter(next);
    const entries = { van: next.from, tot: next.to, aandacht: next.onlyAttention ? '1' : '' };
    setParams(Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== '')), { replace: true });
  };
  return [filter, update];
}
