import type { Booking } from '../../../shared/domain/booking';
import type { StoredCredential } from '../db/repos/credentials.repo';
import { doorsOfRoom, groupOf, isHeld, type EngineCtx } from './context';
import { offlineCoversArrival, offlineEnd, offlineWindow } from './windows';

/**
 * What must happen on the locks so that a booking's credentials match the booking: the same
 * planner serves the clerk's "Extend / Move" (preview, then apply) and booking changes that
 * arrive from CSV or iCal feeds. Declarative: it compares what should be with what is.
 */
export type PlanStep =
  | { action: 'revoke'; credential: StoredCredential; reason: 'cancelled' | 'checked-out' | 'not-this-stay' }
  | { action: 'change'; credential: StoredCredential; startMs: number; endMs: number }
  /** Offline codes cannot be re-timed (§15.2, §10.12 -3008): revoke and issue a new one, its window recomputed (windows.ts). */
  | { action: 'reissue'; credential: StoredCredential; startMs: number; endMs: number }
  | {
      action: 'add';
      group: string;
      doorId: number;
      doorName: string;
      kind: 'card' | 'passcode';
      secret: string;
      variant: StoredCredential['variant'];
      startMs: number;
      endMs: number;
    };

export function planFor(ctx: EngineCtx, booking: Booking): PlanStep[] {
  const held = ctx.credentials.forBooking(booking.id).filter(isHeld);
  if (booking.status === 'cancelled' || booking.status === 'checked_out')
    return held.map((credential) => ({
      action: 'revoke',
      credential,
      reason: booking.status === 'cancelled' ? 'cancelled' : 'checked-out',
    }));

  const doors = doorsOfRoom(ctx, booking.roomId);
  const needed = new Set(doors.map((d) => d.id));
  const steps: PlanStep[] = [];
  for (const c of held) {
    if (!needed.has(c.doorId)) {
      steps.push({ action: 'revoke', credential: c, reason: 'not-this-stay' });
      continue;
    }
    if (c.variant === 'offline') {
      if (!offlineNeedsReissue(c, booking, ctx.now())) continue;
      steps.push({ action: 'reissue', credential: c, ...offlineWindow(booking.arrivalMs, booking.departureMs, ctx.now()) });
      continue;
    }
    // Keep an early start the guest already has; always end at the (new) departure. A change
    // already queued counts as done, so replanning after it does not queue it twice.
    const queued = ctx.outbox
      .openFor(c.id)
      .filter((o) => o.op === 'change')
      .at(-1);
    const current = queued ? { startMs: Number(queued.args['startMs']), endMs: Number(queued.args['endMs']) } : c;
    const startMs = Math.min(current.startMs, booking.arrivalMs);
    const endMs = booking.departureMs;
    if (current.endMs === endMs && current.startMs === startMs) continue;
    steps.push({ action: 'change', credential: c, startMs, endMs });
  }

  // Every card or code the guest holds must open every door of the (new) room.
  const groups = new Map<string, StoredCredential[]>();
  for (const c of held) {
    const key = groupOf(c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    for (const door of doors) {
      if (group.some((c) => c.doorId === door.id)) continue;
      // A door the guest did not have (a move): it opens from now at the earliest, never back into
      // a time when the room was someone else's (an early start kept from the old room would).
      const startMs = Math.max(Math.min(...group.map((c) => c.startMs), booking.arrivalMs), Math.floor(ctx.now() / 60_000) * 60_000);
      const variant = first.kind === 'card' ? first.variant : 'custom';
      steps.push({
        action: 'add',
        group: groupOf(first),
        doorId: door.id,
        doorName: door.name,
        kind: first.kind,
        secret: first.secret,
        variant,
        startMs,
        endMs: booking.departureMs,
      });
    }
  }
  return steps;
}

/**
 * An offline code's digits encode its window, so it is never re-timed (§15.2; a change of a code
 * never typed on the lock answers -3008, §10.12): a new one is issued when the departure moves, or
 * when a guest still to come would arrive before it starts or after its 24-hour first-use deadline
 * (§10.10). A guest in house has used theirs already; an arrival in the past moves nothing.
 */
function offlineNeedsReissue(c: StoredCredential, booking: Booking, nowMs: number): boolean {
  // Compared as whole hours: a code still waiting for the cloud carries the departure as wished.
  if (offlineEnd(c.endMs) !== offlineEnd(booking.departureMs)) return true;
  return booking.arrivalMs > nowMs && !offlineCoversArrival(c.startMs, booking.arrivalMs);
}
