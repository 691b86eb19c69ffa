import { z } from 'zod';

/*
 * The schemas of what the app and the server first tell each other. Apart from
 * the names in ./protocol.ts, so the app's first screen, which only names
 * documents, does not load the schema library.
 */

export const serverInfoSchema = z.object({
  app: z.literal('beraad'),
  protocol: z.number().int().min(1),
  serverVersion: z.string().max(40),
});
export type ServerInfo = z.infer<typeof serverInfoSchema>;

/**
 * What the app sends as its connection token: the version of the document
 * layout it speaks, so a server of another version refuses before a single
 * update is exchanged, and the account's short-lived access token (none
 * when this machine is not signed in, which the server refuses as such).
 */
export const helloSchema = z.strictObject({ protocol: z.number().int().min(1), accessToken: z.string().min(1).max(4096).optional() });
export type Hello = z.infer<typeof helloSchema>;
