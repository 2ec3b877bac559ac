import type { BookingStatus } from './booking';

/** What the access engine needs to know about a stay to move its credentials. */
export interface StaySnapshot {
  roomId: number;
  arrivalMs: number;
  departureMs: number;
  status: BookingStatus;
}

export type BookingEventKind = 'created' | 'extended' | 'shortened' | 'rescheduled' | 'moved' | 'cancelled' | 'reinstated' | 'status';

export interface BookingEvent {
  id: number;
  kind: BookingEventKind;
  bookingId: number;
  before: StaySnapshot | null;
  after: StaySnapshot;
  createdMs: number;
  consumedMs: number | null;
}

/**
 * The one kind that best names a change, most consequential first: a cancellation revokes, a move
 * re-issues on other doors, date changes re-time credentials. The engine reads before/after for
 * the rest (a move that also extends is 'moved' with both visible). Null: nothing the engine cares about.
 */
export function classifyChange(before: StaySnapshot | null, after: StaySnapshot): BookingEventKind | null {
  if (!before) return 'created';
  if (before.status !== after.status) {
    if (after.status === 'cancelled') return 'cancelled';
    if (before.status === 'cancelled') return 'reinstated';
  }
  if (before.roomId !== after.roomId) return 'moved';
  const sameDates = before.arrivalMs === after.arrivalMs && before.departureMs === after.departureMs;
  if (!sameDates) {
    const longer = after.arrivalMs <= before.arrivalMs && after.departureMs >= before.departureMs;
    const shorter = after.arrivalMs >= before.arrivalMs && after.departureMs <= before.departureMs;
    return longer ? 'extended' : shorter ? 'shortened' : 'rescheduled';
  }
  return before.status !== after.status ? 'status' : null;
}
