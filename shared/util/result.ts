/** What a rule answers: a value, or every reason it was refused (codes, translated where they are shown). */
export type Result<T, R> = { ok: true; value: T } | { ok: false; refusals: readonly R[] };
