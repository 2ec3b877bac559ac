import type { Booking } from '../../../shared/domain/booking';
import type { DeskKeptRepo } from '../db/repos/desk-kept.repo';
import type { ImportGuard } from '../bookings/stays';
import type { HeldChangesRepo } from '../db/repos/held-changes.repo';
import type { EngineCtx } from './context';
import { isActive, isHeld } from './context';

const MINUTE = 60_000;
/** Credential windows are whole minutes (windows.ts stayWindow): "now" for a hold starts at the minute. */
export const minuteOf = (ms: number): number => Math.floor(ms / MINUTE) * MINUTE;

/**
 * Who else holds a room between `fromMs` and `toMs` (docs/product.md "The right guest, the right
 * room, the right window"). A stay holds its room for its booked dates, and also for as long as any of
 * its cards or codes may open the room's door (an early check-in starts before the arrival; a
 * revocation still on its way has not taken the credential off the lock yet). Both are asked,
 * because the lock only knows the second and the front desk promises the first.
 */
export function othersHolding(
  ctx: Pick<EngineCtx, 'bookings' | 'rooms' | 'credentials'>,
  roomId: number,
  fromMs: number,
  toMs: number,
  selfId: number,
): Booking[] {
  const found = new Map<number, Booking>();
  for (const b of ctx.bookings.overlapping(roomId, fromMs, toMs, selfId)) found.set(b.id, b);
  const room = ctx.rooms.getRoom(roomId);
  if (room) {
    for (const c of ctx.credentials.activeOnDoor(room.door.id)) {
      if (c.bookingId === selfId || found.has(c.bookingId) || !isActive(c)) continue;
      if (c.startMs < toMs && c.endMs > fromMs) {
        const b = ctx.bookings.get(c.bookingId);
        if (b) found.set(b.id, b);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.arrivalMs - b.arrivalMs);
}

/**
 * Whether the room is free right now for an early check-in: nobody else is in house in it (a guest
 * past their departure who has not checked out still holds it until the clerk checks them out),
 * and no other stay holds it between now and this booking's arrival.
 */
export function freeForEarlyStart(ctx: EngineCtx, booking: Booking, nowMs: number): boolean {
  if (ctx.bookings.inHouseInRoom(booking.roomId, booking.id).length > 0) return false;
  return othersHolding(ctx, booking.roomId, minuteOf(nowMs), booking.arrivalMs, booking.id).length === 0;
}

/** What an import must respect (bookings/stays.ts ImportGuard), from the store. */
export function importGuard(
  repos: Pick<EngineCtx, 'bookings' | 'rooms' | 'credentials'> & {
    held?: Pick<HeldChangesRepo, 'forBooking'>;
    kept?: Pick<DeskKeptRepo, 'of'>;
  },
): ImportGuard {
  return {
    holders: (roomId, fromMs, toMs, selfId) => othersHolding(repos, roomId, fromMs, toMs, selfId),
    hasAccess: (bookingId) => repos.credentials.forBooking(bookingId).some(isHeld),
    held: (bookingId) => repos.held?.forBooking(bookingId) ?? null,
    kept: (bookingId) => repos.kept?.of(bookingId) ?? new Set(),
  };
}
