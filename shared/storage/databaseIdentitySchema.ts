import { z } from 'zod';
import type { DatabaseIdentity } from './databaseIdentity';

/** A database's identity (./databaseIdentity.ts) as it crosses the bridge and comes from the desktop's file. */
export const databaseIdentitySchema = z.strictObject({
  id: z.string().min(8).max(100),
  generation: z.number().int().min(1),
  heldData: z.boolean(),
}) satisfies z.ZodType<DatabaseIdentity>;
