/** Injected into repositories so tests control time. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** Today's (or `now`'s) calendar date where the user is, as yyyy-mm-dd: what date inputs and due dates hold. */
export const localToday = (now: Date = new Date()): string => now.toLocaleDateString('sv-SE');
