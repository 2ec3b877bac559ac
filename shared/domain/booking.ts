import { z } from 'zod';
import { CredentialSchema } from './credential';
import { MessageSchema } from '../messages';

export const BookingStatusSchema = z.enum(['booked', 'checked_in', 'checked_out', 'cancelled']);
export type BookingStatus = z.infer<typeof BookingStatusSchema>;

export const BookingSchema = z.object({
  id: z.number().int(),
  ref: z.string(),
  source: z.string(),
  guestName: z.string(),
  contact: z.string(),
  notes: z.string(),
  roomId: z.number().int(),
  roomName: z.string(),
  arrivalMs: z.number().int(),
  departureMs: z.number().int(),
  status: BookingStatusSchema,
  /** When the guest's first card or code starts to open a door (null: none issued yet). */
  accessFromMs: z.number().int().nullable(),
  /** The reservation code a feed gives beside its event id (Airbnb's HM…), '' when none: what the guest quotes. */
  resCode: z.string().optional(),
  /** The last 4 digits of the guest's phone a feed gives, '' when none: how a guest proves who they are. */
  phoneLast4: z.string().optional(),
});
export type Booking = z.infer<typeof BookingSchema>;

/**
 * In house: checked in (a card or code was handed over) and either the stay has begun or a key
 * already opens a door (an early check-in into a free room). A key handed over days ahead, whose
 * window waits for the arrival, is "key ready", not in house: the guest is still to come.
 */
export function isInHouse(b: Pick<Booking, 'status' | 'arrivalMs' | 'accessFromMs'>, nowMs: number): boolean {
  return b.status === 'checked_in' && (b.arrivalMs <= nowMs || (b.accessFromMs !== null && b.accessFromMs <= nowMs));
}

/** The status a clerk reads: the stored one, with "key ready" for a key that does not open yet. */
export type ShownStatus = BookingStatus | 'key_ready';
export function shownStatus(b: Pick<Booking, 'status' | 'arrivalMs' | 'accessFromMs'>, nowMs: number): ShownStatus {
  return b.status === 'checked_in' && !isInHouse(b, nowMs) ? 'key_ready' : b.status;
}

/** A booking with everything the right-hand panel shows. */
export const BookingDetailSchema = BookingSchema.extend({
  doors: z.array(z.object({ id: z.number().int(), name: z.string(), kind: z.enum(['room', 'shared']) })),
  credentials: z.array(CredentialSchema),
  /** Said beside the outcome of the action that returned it (e.g. why a card starts at the arrival). */
  notice: MessageSchema.optional(),
  /** When the desk marked the stay a no-show (the booking is then cancelled); absent or null otherwise. */
  noShowMs: z.number().int().nullable().optional(),
});
export type BookingDetail = z.infer<typeof BookingDetailSchema>;

/** The longest stay the desk accepts (walk-ins and stay changes): a mistyped year must not keep a card working for years. */
export const MAX_STAY_MS = 366 * 86_400_000;

/** The booking number a clerk and the guest know: the reservation code where the source gives one, else the source's ref. */
export const shownRef = (b: Pick<Booking, 'ref' | 'resCode'>): string => b.resCode || b.ref;
