import { randomBytes } from 'node:crypto';
import { MAX_STAY_MS, type Booking } from '../../../shared/domain/booking';
import type { BookingInput, BookingPatch, BookingSaveResult } from '../../../shared/domain/booking-input';
import { msg, type Message } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { BookingChanges, BookingsRepo } from '../db/repos/bookings.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import type { DeskKeptRepo } from '../db/repos/desk-kept.repo';
import { DeskError } from '../ipc/desk-error';
import { storable } from './stay-limits';

export const DESK_SOURCE = 'desk';

/** The rules every stay typed at the desk must meet; the message is for the clerk. */
export function validateStay(s: { arrivalMs: number; departureMs: number }): void {
  // Dates no store or formatter can hold (an IPC payload of year 275 000) are refused like an import's.
  if (!storable(s)) throw new DeskError('invalid-request', msg('bookings.limit.unstorable'));
  if (s.departureMs <= s.arrivalMs) throw new DeskError('invalid-request', msg('bookings.departureBeforeArrival'));
  if (s.departureMs - s.arrivalMs > MAX_STAY_MS) throw new DeskError('invalid-request', msg('bookings.stayTooLong'));
}

function overlapMessage(conflicts: readonly Booking[]): Message {
  const first = conflicts[0]!;
  const said = { room: first.roomName, guest: first.guestName, ref: first.ref };
  return conflicts.length > 1 ? msg('bookings.overlapMore', { ...said, more: conflicts.length - 1 }) : msg('bookings.overlap', said);
}

const overlap = (conflicts: Booking[]): BookingSaveResult => {
  return { kind: 'overlap', message: overlapMessage(conflicts), conflicts };
};

/**
 * Walk-ins and edits. An overlap with another live stay in the room is refused, naming the stays in
 * the way (docs/product.md "The right guest, the right room, the right window": no "save anyway" for an
 * occupied room). `holders` adds the stays whose cards or codes still open the room in that period (an early check-in).
 */
export function createManualBookings(deps: {
  db: Db;
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  holders?: (roomId: number, fromMs: number, toMs: number, selfId: number) => Booking[];
  /** A guest name a clerk corrects is kept across feed and CSV refreshes. */
  kept?: Pick<DeskKeptRepo, 'keep'>;
}) {
  const { bookings, rooms } = deps;
  const holding = (roomId: number, fromMs: number, toMs: number, selfId = 0): Booking[] => {
    const found = new Map(bookings.overlapping(roomId, fromMs, toMs, selfId).map((b) => [b.id, b]));
    for (const b of deps.holders?.(roomId, fromMs, toMs, selfId) ?? []) found.set(b.id, b);
    return [...found.values()];
  };

  function requireRoom(roomId: number): void {
    if (!rooms.getRoom(roomId)) throw new DeskError('not-found', msg('bookings.roomUnknown'));
  }

  const create = deps.db.transaction((input: BookingInput): BookingSaveResult => {
    validateStay(input);
    requireRoom(input.roomId);
    const conflicts = holding(input.roomId, input.arrivalMs, input.departureMs);
    if (conflicts.length) return overlap(conflicts);
    const ref = input.ref ?? `W-${randomBytes(3).toString('hex').toUpperCase()}`;
    if (bookings.getByRef(DESK_SOURCE, ref)) throw new DeskError('conflict', msg('bookings.refTaken', { ref }));
    const id = bookings.add({ ...input, ref, source: DESK_SOURCE });
    return { kind: 'saved', booking: bookings.get(id)! };
  });

  const update = deps.db.transaction((patch: BookingPatch): BookingSaveResult => {
    const current = bookings.get(patch.bookingId);
    if (!current) throw new DeskError('not-found', msg('bookings.bookingGone'));
    const { bookingId: _id, ...rest } = patch;
    const changes: BookingChanges = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const next = { ...current, ...changes };
    if (
      current.status === 'checked_out' &&
      (changes.arrivalMs !== undefined || changes.departureMs !== undefined || changes.roomId !== undefined)
    )
      throw new DeskError('conflict', msg('bookings.checkedOut'));
    validateStay(next);
    if (changes.roomId !== undefined) requireRoom(changes.roomId);
    const live = next.status === 'booked' || next.status === 'checked_in';
    const conflicts = live ? holding(next.roomId, next.arrivalMs, next.departureMs, current.id) : [];
    if (conflicts.length) return overlap(conflicts);
    bookings.change(current.id, changes);
    if (changes.guestName !== undefined && changes.guestName !== current.guestName) deps.kept?.keep(current.id, ['guestName']);
    return { kind: 'saved', booking: bookings.get(current.id)! };
  });

  return { create, update };
}
export type ManualBookings = ReturnType<typeof createManualBookings>;
