import { loadOnce } from '@shared/util/loadOnce';

/** A service every member of which is a method answering a promise: a call can then wait for the service's code. */
type AsyncService<T> = Record<keyof T, (...args: never[]) => PromiseLike<unknown>>;

type Member = (...args: unknown[]) => PromiseLike<unknown>;

/**
 * A service whose code loads on its first call, so the first screen does not
 * carry the code of features it does not show. Once loaded, a call goes
 * straight to the service and answers its own promise (a Dexie one stays a
 * Dexie one). Each member is one function for the service's lifetime, as it
 * would be on the service itself, so it can stand in an effect's dependencies.
 */
export function lazyService<T extends AsyncService<T>>(load: () => Promise<T>): T {
  let service: Record<string, Member> | null = null;
  const loadService = loadOnce(() => load().then((loaded) => (service = loaded as unknown as Record<string, Member>)));
  const members = new Map<string, Member>();
  const member = (name: string): Member => {
    let found = members.get(name);
    if (!found) {
      found = (...args) => {
        if (service) return service[name]!(...args);
        return loadService().then((loaded) => loaded[name]!(...args));
      };
      members.set(name, found);
    }
    return found;
  };
  // Not a promise itself: `await` on the service must not take a `then` member for one.
  return new Proxy({} as T, { get: (_, name) => (typeof name === 'string' && name !== 'then' ? member(name) : undefined) });
}
