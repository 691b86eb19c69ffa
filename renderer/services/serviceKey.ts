/**
 * A service's name and type, declared by the module that makes the service, so
 * the container (services.tsx) knows no feature (the idea of VS Code's
 * `createDecorator`). Kept apart from the React container, so repositories
 * that declare a key import no React.
 */
export interface ServiceKey<T> {
  readonly name: string;
  readonly type?: T;
}

export const serviceKey = <T>(name: string): ServiceKey<T> => ({ name });

/** What the composition root hands down: each service under its key's name. */
export type ServiceRegistry = Readonly<Record<string, unknown>>;

/** One entry of the registry, typed by its key so a service can only be registered under its own. */
export const provide = <T>(key: ServiceKey<T>, service: T): [string, unknown] => [key.name, service];
