import { createContext, useContext, type ReactNode } from 'react';
import type { ServiceKey, ServiceRegistry } from './serviceKey';

const ServicesContext = createContext<ServiceRegistry | null>(null);

export function ServicesProvider({ services, children }: { services: ServiceRegistry; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The service registered under this key; a missing one fails loudly instead of leaving a screen waiting. */
export function useService<T>(key: ServiceKey<T>): T {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useService outside ServicesProvider');
  if (!Object.hasOwn(services, key.name)) throw new Error(`Service ${key.name} is not provided`);
  return services[key.name] as T;
}
