/**
 * Accounts on the board's server. The secretary administers them; the
 * facilitator and members work in every case; a guest (a resident on call, an
 * advisor) sees only the cases they were invited to; a project lead receives
 * no document at all and only fills in screenings of their own, through the
 * server's screening commands; a process owner receives no document either,
 * and reads the issued advice of their one case and records its conclusion
 * through the server's commands.
 */
export const accountRoles = ['secretaris', 'procesbegeleider', 'lid', 'gast', 'projectleider', 'proceseigenaar'] as const;
export type AccountRole = (typeof accountRoles)[number];

/** Roles that belong to the board itself and so work in every case and in the board's document. */
export const boardRoles: readonly AccountRole[] = ['secretaris', 'procesbegeleider', 'lid'];

/** Roles that receive no document at all: what they do travels through the server's commands. */
export const documentlessRoles: readonly AccountRole[] = ['projectleider', 'proceseigenaar'];
