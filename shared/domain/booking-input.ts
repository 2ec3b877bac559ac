import { z } from 'zod';
import { fieldRule } from '../messages/catalog/ipc';
import { MessageSchema } from '../messages';
import { BookingSchema, BookingStatusSchema } from './booking';
import { GuestContactSchema } from './delivery';

/** A walk-in or an edit from the desk. Instants are epoch ms; the renderer converts wall times. */
export const BookingInputSchema = z.object({
  guestName: z.string().trim().min(1, fieldRule('ipc.field.guestName')).max(200),
  contact: z.string().trim().max(200).default(''),
  notes: z.string().max(2000).default(''),
  roomId: z.number().int().positive(),
  arrivalMs: z.number().int(),
  departureMs: z.number().int(),
  /** Walk-ins get a desk ref (W-…) when none is given. */
  ref: z.string().trim().min(1).max(100).optional(),
  /** The guest's e-mail, phone and language, for codes sent ahead (guest delivery). */
  guestContact: GuestContactSchema.optional(),
});
export type BookingInput = z.infer<typeof BookingInputSchema>;

/** Only the fields given change (no defaults here: an omitted note must not wipe the note). */
export const BookingPatchSchema = z.object({
  bookingId: z.number().int().positive(),
  guestName: z.string().trim().min(1, fieldRule('ipc.field.guestName')).max(200).optional(),
  contact: z.string().trim().max(200).optional(),
  notes: z.string().max(2000).optional(),
  roomId: z.number().int().positive().optional(),
  arrivalMs: z.number().int().optional(),
  departureMs: z.number().int().optional(),
  status: BookingStatusSchema.optional(),
});
export type BookingPatch = z.infer<typeof BookingPatchSchema>;

/** Saving either succeeds or reports the stays it would overlap, for the clerk to confirm. */
export const BookingSaveResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), booking: BookingSchema }),
  z.object({ kind: z.literal('overlap'), message: MessageSchema, conflicts: z.array(BookingSchema) }),
]);
export type BookingSaveResult = z.infer<typeof BookingSaveResultSchema>;

export const BookingSearchSchema = z.object({
  query: z.string().max(100),
  limit: z.number().int().min(1).max(200).default(50),
});
