import type { BookingDetail } from '../../../shared/domain/booking';
import { msg, type Message } from '../../../shared/messages';
import { formatWallMinute } from '../../../shared/time/zoned';
import type { Booking } from '../../../shared/domain/booking';
import { DeskError } from '../ipc/desk-error';
import type { CredentialVariant } from '../db/repos/credentials.repo';
import { credentialLabel, doorsOfRoom, newCredentialGroup, requireBooking, type EngineCtx } from './context';
import { clashes, generatePasscode, PASSCODE_LENGTH, validatePasscode } from './passcodes';
import { stayWindow } from './windows';
import { freeForEarlyStart, minuteOf, othersHolding } from './room-holds';

export interface IssueResult {
  outboxIds: number[];
  /** Said to the clerk beside the outcome: why the window does not start now. */
  notice: Message | null;
}

function assertIssuable(ctx: EngineCtx, bookingId: number) {
  const booking = requireBooking(ctx, bookingId);
  if (booking.status === 'checked_out' || booking.status === 'cancelled')
    throw new DeskError('conflict', msg(booking.status === 'cancelled' ? 'access.issueCancelled' : 'access.issueCheckedOut'));
  if (booking.departureMs <= ctx.now()) throw new DeskError('conflict', msg('access.stayEnded'));
  // A stay that shares its room with another for any part of it (an import that clashed, an old
  // "save anyway") gets nothing until a clerk moves or shortens one of them.
  const clash = othersHolding(ctx, booking.roomId, Math.max(booking.arrivalMs, minuteOf(ctx.now())), booking.departureMs, booking.id);
  if (clash.length > 0)
    throw new DeskError('conflict', msg('access.roomHeld', { room: booking.roomName, guest: clash[0]!.guestName, ref: clash[0]!.ref }));
  return booking;
}

/**
 * The window of a new credential, and what to tell the clerk when an early guest must wait for
 * the arrival because the room is not free now (rule 1).
 */
function windowFor(ctx: EngineCtx, booking: Booking): { window: { startMs: number; endMs: number }; notice: Message | null } {
  const now = ctx.now();
  const free = freeForEarlyStart(ctx, booking, now);
  const window = stayWindow(booking.arrivalMs, booking.departureMs, now, free);
  const notice =
    window.startMs > now
      ? msg('access.validFromWhenFree', { when: formatWallMinute(window.startMs, ctx.timeZone() ?? 'UTC'), room: booking.roomName })
      : null;
  return { window, notice };
}

/**
 * One card on the room door and every shared door. The credential rows, their outbox rows and the
 * check-in are one transaction: after it commits, the card will land (or fail visibly) whatever
 * happens to the network or the process.
 */
export function enqueueCard(ctx: EngineCtx, bookingId: number, cardNumber: string, variant: CredentialVariant, staff: string): IssueResult {
  const booking = assertIssuable(ctx, bookingId);
  const live = ctx.credentials.activeByCardNumber(cardNumber);
  const holder = live.find((c) => c.bookingId !== bookingId);
  if (holder) {
    const other = ctx.bookings.get(holder.bookingId);
    throw new DeskError('conflict', msg('access.cardActiveElsewhere', { room: other?.roomName ?? '?', guest: other?.guestName ?? '?' }));
  }
  if (live.some((c) => c.bookingId === bookingId)) throw new DeskError('conflict', msg('access.cardAlreadyIssued'));

  const { window, notice } = windowFor(ctx, booking);
  const group = newCredentialGroup(booking, 'card');
  return ctx.db.transaction(() => {
    const outboxIds = doorsOfRoom(ctx, booking.roomId).map((door) => {
      const id = ctx.credentials.add({
        bookingId,
        doorId: door.id,
        kind: 'card',
        secret: cardNumber,
        label: credentialLabel(ctx, group, door.id),
        variant,
        ...window,
      });
      return ctx.outbox.enqueue(id, 'add');
    });
    // The clerk handed over a card: the guest is checked in (and appears in departures to be
    // checked out), even when the window waits for the arrival.
    if (booking.status === 'booked') ctx.bookings.events.plannedBy(() => ctx.bookings.setStatus(bookingId, 'checked_in'));
    ctx.audit.add({
      staff,
      action: 'issue-card',
      bookingId,
      detail: msg('audit.cardOnDoors', { card: cardNumber, doors: outboxIds.length }),
      result: 'pending',
    });
    return { outboxIds, notice };
  })();
}

/**
 * A custom timed passcode (`keyboardPwdType` 3, `addType` 2) on every door, the same digits
 * everywhere when possible. A door whose gateway cannot take it gets an offline code instead
 * (operations.ts), shown with its whole-hour window.
 */
export function enqueuePasscode(
  ctx: EngineCtx,
  bookingId: number,
  staff: string,
  opts: { digits?: string; length?: number; ahead?: boolean } = {},
): IssueResult {
  const booking = assertIssuable(ctx, bookingId);
  const doors = doorsOfRoom(ctx, booking.roomId);
  // Our own active codes on these doors. The locks' full lists are not read here (two requests
  // per check-in against a ~30/minute budget): a clash with someone else's code is answered by the
  // lock (-3007) and that door gets fresh digits (operations.ts).
  const taken = new Set<string>();
  for (const d of doors) for (const secret of ctx.credentials.activeCodesOnDoor(d.id)) taken.add(secret);

  let digits: string;
  if (opts.digits !== undefined) {
    const problem = validatePasscode(opts.digits);
    if (problem) throw new DeskError('invalid-request', problem);
    if (clashes(opts.digits, taken)) throw new DeskError('conflict', msg('access.passcodeInUse'));
    digits = opts.digits;
  } else {
    digits = generatePasscode(Math.min(PASSCODE_LENGTH.max, Math.max(PASSCODE_LENGTH.min, opts.length ?? PASSCODE_LENGTH.default)), taken);
  }

  // A code issued ahead for a guest still to come (guest delivery's scheduler) starts at the arrival
  // whatever the room does now, and does not check the guest in: nobody is at the desk.
  const { window, notice } = opts.ahead
    ? { window: { startMs: booking.arrivalMs, endMs: booking.departureMs }, notice: null }
    : windowFor(ctx, booking);
  const group = newCredentialGroup(booking, 'passcode');
  return ctx.db.transaction(() => {
    const outboxIds = doors.map((door) => {
      const id = ctx.credentials.add({
        bookingId,
        doorId: door.id,
        kind: 'passcode',
        secret: digits,
        label: credentialLabel(ctx, group, door.id),
        variant: 'custom',
        ...window,
      });
      // Nobody waits at the desk for a code issued days ahead: it goes behind the clerk's work in
      // the rate budget (200 arrivals' codes would otherwise queue ahead of the next check-in).
      return ctx.outbox.enqueue(id, 'add', {}, opts.ahead ? 'background' : 'interactive');
    });
    // The clerk handed over a code: the guest is checked in (and appears in departures to be
    // checked out), even when the window waits for the arrival.
    if (booking.status === 'booked' && !opts.ahead) ctx.bookings.events.plannedBy(() => ctx.bookings.setStatus(bookingId, 'checked_in'));
    ctx.audit.add({
      staff,
      action: 'issue-passcode',
      bookingId,
      detail: msg('audit.passcodeOnDoors', { doors: outboxIds.length }),
      result: 'pending',
    });
    return { outboxIds, notice };
  })();
}

export type { BookingDetail };
