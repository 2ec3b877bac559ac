import { isInHouse, type Booking } from '../../../shared/domain/booking';
import { GRID_DAYS_AFTER, GRID_DAYS_BEFORE, type GridStayState, type RoomGrid } from '../../../shared/domain/room-grid';
import { addDays, localDate, parseWall, zonedWallTimeToMs } from '../../../shared/time/zoned';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';

export interface RoomGridDeps {
  bookings: Pick<BookingsRepo, 'between'>;
  rooms: Pick<RoomsRepo, 'listRooms'>;
  /** Whether any card or code of the stay could not be put on a door (the clerk must act). */
  hasFailedAccess: (bookingId: number) => boolean;
  now: () => number;
  timeZone: () => string;
}

function stateOf(b: Booking, today: { startMs: number; endMs: number }, now: number, failed: boolean): GridStayState {
  if (b.status === 'checked_out') return 'past';
  if (failed) return 'attention';
  // A key handed over ahead that does not open yet is still an arrival, not a guest in house.
  if (isInHouse(b, now)) {
    if (b.departureMs <= now) return 'attention'; // still in house after the departure time
    return b.departureMs < today.endMs ? 'departing' : 'in-house';
  }
  if (b.arrivalMs < today.startMs) return 'no-show';
  return b.arrivalMs < today.endMs ? 'arriving' : 'booked';
}

/** The room grid: every room, the property's days from yesterday to two weeks ahead, each stay with its state. */
export function roomGrid(deps: RoomGridDeps): RoomGrid {
  const tz = deps.timeZone();
  const now = deps.now();
  const todayDate = localDate(now, tz);
  const startOf = (date: string): number => zonedWallTimeToMs(parseWall(date, '00:00'), tz);
  const days = Array.from({ length: GRID_DAYS_BEFORE + 1 + GRID_DAYS_AFTER }, (_, i) => {
    const date = addDays(todayDate, i - GRID_DAYS_BEFORE);
    return { date, startMs: startOf(date), endMs: startOf(addDays(date, 1)) };
  });
  const today = days[GRID_DAYS_BEFORE]!;
  const stays = deps.bookings.between(days[0]!.startMs, days[days.length - 1]!.endMs).map((b) => ({
    bookingId: b.id,
    roomId: b.roomId,
    guestName: b.guestName,
    ref: b.ref,
    arrivalMs: b.arrivalMs,
    departureMs: b.departureMs,
    state: stateOf(b, today, now, b.status !== 'checked_out' && deps.hasFailedAccess(b.id)),
  }));
  return { days, today: GRID_DAYS_BEFORE, rooms: deps.rooms.listRooms().map((r) => ({ id: r.id, name: r.name })), stays };
}
