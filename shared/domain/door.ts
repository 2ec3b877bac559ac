import { z } from 'zod';

export const DoorKindSchema = z.enum(['room', 'shared']);
export type DoorKind = z.infer<typeof DoorKindSchema>;

/** A door is one Sifely lock. A room has its own door and may share others (entrance, gym…). */
export const DoorSchema = z.object({
  id: z.number().int(),
  lockId: z.number().int(),
  name: z.string(),
  kind: DoorKindSchema,
});
export type Door = z.infer<typeof DoorSchema>;

export const RoomSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  door: DoorSchema,
  sharedDoors: z.array(DoorSchema),
});
export type Room = z.infer<typeof RoomSchema>;
