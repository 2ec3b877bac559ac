import { z } from 'zod';

/** A kind of room as booking channels sell it ("Double Room"), and the rooms that are of that kind. */
export const RoomTypeSchema = z.object({
  id: z.number().int(),
  name: z.string().trim().min(1).max(80),
  roomIds: z.array(z.number().int()).max(500),
});
export type RoomType = z.infer<typeof RoomTypeSchema>;
