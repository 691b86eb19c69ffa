import { createContext, useContext, type ReactNode } from 'react';

/**
 * A service's name and type, declared by the module that makes the service, so
 * this container knows no feature (the idea of VS Code's `createDecorator`).
 */
export interface ServiceKey<T> {
  readonly name: string;
  readonly type?: T;
}

export const serviceKey = <T,>(name: string): ServiceKey<T> => ({ name });

/** What the composition root hands down: each service under its key's name. */
export type ServiceRegistry = Readonly<Record<string, unknown>>;

/** One entry of the registry, typed by its key so a service can only be registered under its own. */
export const provide = <T,>(key: ServiceKey<T>, service: T): [string, unknown] => [key.name, service];

const ServicesContext = createContext<ServiceRegistry | null>(null);

export function ServicesProvider({ services, children }: { services: ServiceRegistry; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useService<T>(key: ServiceKey<T>): T {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useService outside ServicesProvider');
  if (!Object.hasOwn(services, key.name)) throw new Error(`Service ${key.name} is not provided`);
  return services[key.name] as T;
}
