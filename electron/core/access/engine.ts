import { randomBytes } from 'node:crypto';
import type { BookingDetail } from '../../../shared/domain/booking';
import type { Door } from '../../../shared/domain/door';
import type { Db } from '../db/open';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { CredentialsRepo, StoredCredential } from '../db/repos/credentials.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { DeskError } from '../ipc/desk-error';
import { createLogger } from '../log';
import { isSifelyError } from '../sifely/errors';
import type { SifelyClient } from '../sifely/client';

const log = createLogger('access');

export interface AccessEngineDeps {
  db: Db;
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  credentials: CredentialsRepo;
  sifely: SifelyClient;
  now: () => number;
  /** Called after any change the screen shows. */
  changed: (bookingId: number) => void;
}

const ACTIVE = new Set(['pending', 'issued', 'revoking']);
const MINUTE = 60_000;

const staffText = (e: unknown): string => (isSifelyError(e) ? e.staffMessage : 'Unexpected error; see the log.');

/**
 * Walking-skeleton access engine: issues a card on the room door and every shared door of the
 * booking, and revokes every credential at checkout. Calls go straight to the cloud here; the
 * durable outbox with retries and verification replaces that in the access-engine issue.
 */
export function createAccessEngine(deps: AccessEngineDeps) {
  const { bookings, rooms, credentials, sifely, now } = deps;

  function doorsOf(roomId: number): Door[] {
    const room = rooms.getRoom(roomId);
    if (!room) throw new DeskError('not-found', 'The room of this booking no longer exists.');
    return [room.door, ...room.sharedDoors];
  }

  function detail(bookingId: number): BookingDetail {
    const b = bookings.get(bookingId);
    if (!b) throw new DeskError('not-found', 'This booking no longer exists.');
    return {
      ...b,
      doors: doorsOf(b.roomId).map((d) => ({ id: d.id, name: d.name, kind: d.kind })),
      credentials: credentials.forBooking(bookingId).map(({ lockId: _l, label: _n, remoteId: _r, ...c }) => c),
    };
  }

  /** Which active booking already holds this card, if any. */
  const holderOf = deps.db.prepare<[string], { booking_id: number }>(
    `SELECT DISTINCT booking_id FROM credentials WHERE kind = 'card' AND secret = ? AND state IN ('pending', 'issued', 'revoking')`,
  );

  async function issueCard(bookingId: number, cardNumber: string): Promise<BookingDetail> {
    const booking = bookings.get(bookingId);
    if (!booking) throw new DeskError('not-found', 'This booking no longer exists.');
    if (booking.status === 'checked_out' || booking.status === 'cancelled')
      throw new DeskError('conflict', `This booking is ${booking.status.replace('_', ' ')}; a card cannot be issued.`);
    const holder = holderOf.get(cardNumber);
    if (holder && holder.booking_id !== bookingId) {
      const other = bookings.get(holder.booking_id);
      throw new DeskError('conflict', `This card is already in use for room ${other?.roomName ?? '?'} (${other?.guestName ?? '?'}). Check that guest out or report the card lost first.`);
    }
    if (credentials.forBooking(bookingId).some((c) => c.kind === 'card' && c.secret === cardNumber && ACTIVE.has(c.state)))
      throw new DeskError('conflict', 'This card is already issued to this guest.');

    // The guest is at the desk: the card works from now (to the minute) if they arrive early,
    // and always ends at the booked departure, so a failed revoke still expires.
    const startMs = Math.min(booking.arrivalMs, Math.floor(now() / MINUTE) * MINUTE);
    const endMs = booking.departureMs;
    const surname = booking.guestName.split(/\s+/).at(-1) ?? booking.guestName;
    const rows: StoredCredential[] = deps.db.transaction(() =>
      doorsOf(booking.roomId).map((door) => {
        const label = `FD ${booking.roomName} ${surname} ${randomBytes(3).toString('hex')}`;
        const id = credentials.add({ bookingId, doorId: door.id, kind: 'card', secret: cardNumber, label, startMs, endMs });
        return credentials.get(id)!;
      }),
    )();
    deps.changed(bookingId);

    // Doors in parallel: a 3-door check-in should take about as long as a 1-door one.
    await Promise.all(
      rows.map(async (c) => {
        try {
          const { cardId } = await sifely.addCard({ lockId: c.lockId, cardNumber, cardName: c.label, startDate: startMs, endDate: endMs });
          credentials.setState(c.id, 'issued', null, cardId);
        } catch (e) {
          log.warn(`card on door ${c.doorName} failed`, e);
          credentials.setState(c.id, 'failed', staffText(e));
        }
      }),
    );
    if (credentials.forBooking(bookingId).some((c) => c.state === 'issued') && booking.status === 'booked')
      bookings.setStatus(bookingId, 'checked_in');
    deps.changed(bookingId);
    return detail(bookingId);
  }

  async function checkOut(bookingId: number): Promise<BookingDetail> {
    const booking = bookings.get(bookingId);
    if (!booking) throw new DeskError('not-found', 'This booking no longer exists.');
    if (booking.status === 'checked_out') throw new DeskError('conflict', 'This guest is already checked out.');
    const toRevoke = credentials.forBooking(bookingId).filter((c) => ACTIVE.has(c.state) || c.state === 'failed');
    deps.db.transaction(() => {
      for (const c of toRevoke) credentials.setState(c.id, c.remoteId === null ? 'revoked' : 'revoking');
      bookings.setStatus(bookingId, 'checked_out');
    })();
    deps.changed(bookingId);

    await Promise.all(
      toRevoke
        .filter((c) => c.remoteId !== null)
        .map(async (c) => {
          try {
            await sifely.deleteCard(c.lockId, c.remoteId!);
            credentials.setState(c.id, 'revoked');
          } catch (e) {
            const gone = isSifelyError(e) && e.kind === 'not-found';
            log.warn(`revoking card on door ${c.doorName}${gone ? ': already gone' : ' failed'}`, e);
            credentials.setState(c.id, gone ? 'revoked' : 'revoking', gone ? null : staffText(e));
          }
        }),
    );
    deps.changed(bookingId);
    return detail(bookingId);
  }

  return { detail, issueCard, checkOut };
}
export type AccessEngine = ReturnType<typeof createAccessEngine>;
