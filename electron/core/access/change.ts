import type { Booking } from '../../../shared/domain/booking';
import { msg, type Message, type WireMessage } from '../../../shared/messages';
import { formatWallMinute } from '../../../shared/time/zoned';
import { joinMessages } from '../../../shared/messages/join';
import type { BookingChanges } from '../db/repos/bookings.repo';
import { DeskError } from '../ipc/desk-error';
import { validateStay } from '../bookings/manual';
import type { StoredCredential } from '../db/repos/credentials.repo';
import type { QueuedPriority } from '../db/repos/outbox.repo';
import { credentialLabel, groupOf, isHeld, requireBooking, type EngineCtx } from './context';
import { minuteOf, othersHolding } from './room-holds';
import { planFor, type PlanStep } from './plan';
import { queueRevocations } from './revoke';

export interface StayChange {
  arrivalMs?: number;
  departureMs?: number;
  roomId?: number;
}

/** The booking as it would be after the change, validated. */
export function proposed(ctx: EngineCtx, bookingId: number, change: StayChange): Booking {
  const booking = requireBooking(ctx, bookingId);
  if (booking.status === 'checked_out' || booking.status === 'cancelled') throw new DeskError('conflict', msg('access.stayOver'));
  const next: Booking = { ...booking, ...change };
  // The same rules as a stay typed at the desk (after the arrival, at most a year), then: not over already.
  validateStay(next);
  if (next.departureMs <= ctx.now()) throw new DeskError('invalid-request', msg('access.departureInPast'));
  if (change.roomId !== undefined) {
    const room = ctx.rooms.getRoom(change.roomId);
    if (!room) throw new DeskError('not-found', msg('bookings.roomUnknown'));
    next.roomName = room.name;
  }
  // The room must be free from the moment this guest's credentials would open it (now, for a guest
  // in house or checked in early; else the arrival) to the departure, counting other stays'
  // early starts and credentials still on the lock (room-holds.ts). No "save anyway".
  const held = ctx.credentials.forBooking(bookingId).filter(isHeld);
  const opensFrom = Math.min(next.arrivalMs, ...held.map((c) => c.startMs));
  const from = Math.max(opensFrom, minuteOf(ctx.now()));
  const clash = othersHolding(ctx, next.roomId, from, next.departureMs, bookingId);
  if (clash.length > 0) throw new DeskError('conflict', msg('access.roomTaken', { room: next.roomName, guest: clash[0]!.guestName }));
  return next;
}

/** Planning against a booking that is not saved yet: the planner reads the room from the booking. */
export function previewChange(ctx: EngineCtx, bookingId: number, change: StayChange): { booking: Booking; steps: PlanStep[] } {
  const booking = proposed(ctx, bookingId, change);
  return { booking, steps: planFor(ctx, booking) };
}

/** Queues the steps of a plan for `booking` (as it is or is about to be saved), in the caller's transaction. */
export function queuePlan(ctx: EngineCtx, booking: Booking, steps: readonly PlanStep[], priority: QueuedPriority): number[] {
  const ids: number[] = [];
  const addCredential = (s: {
    group: string;
    doorId: number;
    kind: 'card' | 'passcode';
    secret: string;
    variant: StoredCredential['variant'];
    startMs: number;
    endMs: number;
  }): void => {
    const id = ctx.credentials.add({
      bookingId: booking.id,
      doorId: s.doorId,
      kind: s.kind,
      secret: s.secret,
      label: credentialLabel(ctx, s.group, s.doorId),
      variant: s.variant,
      startMs: s.startMs,
      endMs: s.endMs,
    });
    ids.push(ctx.outbox.enqueue(id, 'add', {}, priority));
  };
  for (const s of steps) {
    switch (s.action) {
      case 'revoke':
        ids.push(...queueRevocations(ctx, [s.credential], priority));
        break;
      case 'change':
        ids.push(ctx.outbox.enqueue(s.credential.id, 'change', { startMs: s.startMs, endMs: s.endMs }, priority));
        break;
      case 'reissue':
        // The new offline code's digits come from the cloud when the outbox runs (operations.ts).
        ids.push(...queueRevocations(ctx, [s.credential], priority));
        addCredential({
          group: groupOf(s.credential),
          doorId: s.credential.doorId,
          kind: 'passcode',
          secret: '',
          variant: 'offline',
          startMs: s.startMs,
          endMs: s.endMs,
        });
        break;
      case 'add':
        addCredential(s);
        break;
    }
  }
  return ids;
}

/** Saves the change and queues every credential update in one transaction ("atomic stay edit"). */
export function applyChange(ctx: EngineCtx, bookingId: number, change: StayChange, staff: string): number[] {
  const before = requireBooking(ctx, bookingId);
  const { booking, steps } = previewChange(ctx, bookingId, change);
  return ctx.db.transaction(() => {
    const changes: BookingChanges = {};
    if (change.arrivalMs !== undefined) changes.arrivalMs = change.arrivalMs;
    if (change.departureMs !== undefined) changes.departureMs = change.departureMs;
    if (change.roomId !== undefined) changes.roomId = change.roomId;
    ctx.bookings.events.plannedBy(() => ctx.bookings.change(bookingId, changes));
    const ids = queuePlan(ctx, booking, steps, 'interactive');
    ctx.audit.add({
      staff,
      action: 'change-stay',
      bookingId,
      detail: msg('audit.stayChange', { what: describeStayChange(ctx, before, booking) }),
      result: 'pending',
    });
    return ids;
  })();
}

/**
 * "room 101 → 103; departure 2026-11-29 11:00 → 2026-11-30 11:00", in the property's wall time
 * (ISO order reads the same in every language): the audit keeps old and new (issue 15, rule 7).
 */
export function describeStayChange(
  ctx: EngineCtx,
  before: Pick<Booking, 'arrivalMs' | 'departureMs' | 'roomId'>,
  after: Pick<Booking, 'arrivalMs' | 'departureMs' | 'roomId'>,
): WireMessage {
  const zone = ctx.timeZone() ?? 'UTC';
  const when = (ms: number): string => formatWallMinute(ms, zone);
  const room = (id: number): string => ctx.rooms.getRoom(id)?.name ?? `#${id}`;
  const parts: Message[] = [];
  if (before.roomId !== after.roomId) parts.push(msg('audit.change.roomFromTo', { from: room(before.roomId), to: room(after.roomId) }));
  if (before.arrivalMs !== after.arrivalMs)
    parts.push(msg('audit.change.arrivalFromTo', { from: when(before.arrivalMs), to: when(after.arrivalMs) }));
  if (before.departureMs !== after.departureMs)
    parts.push(msg('audit.change.departureFromTo', { from: when(before.departureMs), to: when(after.departureMs) }));
  return joinMessages(parts, 'clauses') ?? msg('audit.noChange');
}
