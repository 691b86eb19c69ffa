import type { z } from 'zod';

export interface FieldProblem {
  path: string;
  /** A locale key such as `validation.required`. */
  message: string;
}

/** Thrown when data that reached storage code fails its schema: a bug or a bypassed form. */
export class ValidationError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(`Ongeldige invoer: ${problems.map((p) => `${p.path} (${p.message})`).join(', ')}`);
    this.name = 'ValidationError';
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ValidationError(
      result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  return result.data;
}
