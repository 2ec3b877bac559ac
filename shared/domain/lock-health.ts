import { z } from 'zod';
import { DoorKindSchema } from './door';

/**
 * What the desk knows about one door's lock, for the health column beside each room. Cloud facts
 * (battery, gateway) come from a cache refreshed in the background (never a poll storm, §8);
 * pending operations and credential counts come from the desk's own store and are always current.
 */
export const DoorHealthSchema = z.object({
  doorId: z.number().int(),
  name: z.string(),
  kind: DoorKindSchema,
  lockId: z.number().int(),
  /** Percent; null until the first successful look at the cloud. */
  battery: z.number().int().nullable(),
  /** Bound to any gateway; null when unknown. A lock without one cannot take cards from the desk. */
  hasGateway: z.boolean().nullable(),
  gatewayOnline: z.boolean().nullable(),
  /** Outbox operations still waiting for this lock. */
  pendingOps: z.number().int(),
  /** Cards and codes that are, or may still be, on the lock. */
  activeCredentials: z.number().int(),
  /** The last refresh could not read this lock (plain words), else null. */
  problem: z.string().nullable(),
});
export type DoorHealth = z.infer<typeof DoorHealthSchema>;

export const RoomHealthSchema = z.object({
  roomId: z.number().int(),
  name: z.string(),
  doors: z.array(DoorHealthSchema),
});
export type RoomHealth = z.infer<typeof RoomHealthSchema>;

export const LockHealthReportSchema = z.object({
  /** When the cloud facts were last read; null before the first refresh finished. */
  checkedAtMs: z.number().int().nullable(),
  /** Since when the lock cloud has not answered a refresh (the facts above are from checkedAtMs); null while it answers. */
  unreachableSinceMs: z.number().int().nullable(),
  rooms: z.array(RoomHealthSchema),
});
export type LockHealthReport = z.infer<typeof LockHealthReportSchema>;
