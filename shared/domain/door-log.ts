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
  /**
   * The bolt as the lock reported it (§10.21, asked with the first page); null when the lock did not
   * say (no gateway, gateway busy, or the lock itself answered "unknown").
   */
  openState: z.enum(['locked', 'unlocked']).nullable(),
});
export type DoorLogPage = z.infer<typeof DoorLogPageSchema>;

/** Records per page: one call per page, newest first. */
export const DOOR_LOG_PAGE_SIZE = 20;

/** One entry of a booking's log: a door opened (or refused) by one of that guest's cards or codes. */
export const BookingLogEntrySchema = DoorLogEntrySchema.extend({ doorId: z.number().int(), doorName: z.string() });
export type BookingLogEntry = z.infer<typeof BookingLogEntrySchema>;

export const BookingLogSchema = z.object({
  bookingId: z.number().int(),
  /** Newest first, every door the guest had a card or code for, within the stay. */
  entries: z.array(BookingLogEntrySchema),
  /** The guest's first successful entry: the moment they arrived; null until a door has been opened. */
  arrivedAtMs: z.number().int().nullable(),
  fetchedAtMs: z.number().int(),
  /** Doors whose records could not be read, or not all of them (too many that stay): the log may be incomplete. */
  incompleteDoors: z.array(z.string()),
});
export type BookingLog = z.infer<typeof BookingLogSchema>;

/** Records asked per page for a booking's log, and the most pages read per door. */
export const BOOKING_LOG_PAGE_SIZE = 100;
export const BOOKING_LOG_MAX_PAGES = 3;
