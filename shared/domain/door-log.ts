import { z } from 'zod';

/** How a door was opened (or tried), from the cloud's record type (§10.28 table A), in few words. */
export const DoorLogHowSchema = z.enum(['card', 'passcode', 'app', 'remote', 'key', 'inside', 'other']);
export type DoorLogHow = z.infer<typeof DoorLogHowSchema>;

export const DoorLogEntrySchema = z.object({
  recordId: z.number().int(),
  atMs: z.number().int(),
  how: DoorLogHowSchema,
  success: z.boolean(),
  /** The card number or code digits used ('' when the lock did not say). */
  secret: z.string(),
  /** The desk's guest for that card or code, when it is one of ours. */
  bookingId: z.number().int().nullable(),
  guestName: z.string().nullable(),
});
export type DoorLogEntry = z.infer<typeof DoorLogEntrySchema>;

export const DoorLogPageSchema = z.object({
  doorId: z.number().int(),
  doorName: z.string(),
  page: z.number().int(),
  pages: z.number().int(),
  entries: z.array(DoorLogEntrySchema),
  /** When the cloud was asked (the page may come from the desk's short cache). */
  fetchedAtMs: z.number().int(),
});
export type DoorLogPage = z.infer<typeof DoorLogPageSchema>;

/** Records per page: one call per page, newest first. */
export const DOOR_LOG_PAGE_SIZE = 20;
