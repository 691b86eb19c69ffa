/** Why the server did not take a screening as sent; answered as 409 `{ ok: false, reasons }`, the app words each. */
export const screeningCommandRefusals = ['unknown_template', 'invalid_answer', 'unanswered', 'already_case'] as const;
export type ScreeningCommandRefusal = (typeof screeningCommandRefusals)[number];
