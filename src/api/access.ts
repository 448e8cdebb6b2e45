/** What a token is: `GET /api/v1/tilgang`'s reply, which the add-in's «Test tilkobling» reads. */
import { z } from 'zod';

export const accessSchema = z.discriminatedUnion('rolle', [
  z.object({ rolle: z.literal('kommune'), kommunenummer: z.string() }),
  z.object({ rolle: z.literal('admin') }),
]);
export type Access = z.infer<typeof accessSchema>;
