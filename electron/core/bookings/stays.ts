import type { Booking } from '../../../shared/domain/booking';
import type { ImportAction, ImportCounts } from '../../../shared/domain/booking-import';
import { msg, type Message } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { BookingChanges, BookingsRepo, NewBooking } from '../db/repos/bookings.repo';

/** A stay as an outside source (CSV row, iCal event) describes it. */
export interface IncomingStay {
  ref: string;
  guestName: string;
  roomId: number;
  arrivalMs: number;
  departureMs: number;
  /** Undefined: the source does not carry it, so an update leaves it alone. */
  contact?: string;
  notes?: string;
  /** The guest's e-mail and phone where the source has them (a CSV column), validated. */
  email?: string;
  phone?: string;
  cancelled: boolean;
}

export interface PlannedStay {
  action: Exclude<ImportAction, 'error'>;
  incoming: IncomingStay | null;
  existing: Booking | null;
  changes: BookingChanges;
  warning: Message | null;
}

/**
 * What the desk knows that an import must respect (issue 15, rules 3 and 4): who else holds a
 * room, and whether a booking already has cards or codes out.
 */
export interface ImportGuard {
  holders: (roomId: number, fromMs: number, toMs: number, selfId: number) => Booking[];
  hasAccess: (bookingId: number) => boolean;
}

const clashWarning = (s: { guestName: string; ref: string }, other: Booking): Message =>
  msg('bookings.stay.clash', { guest: s.guestName, ref: s.ref, other: other.guestName, otherRef: other.ref, room: other.roomName });

/**
 * A change from outside that would give issued access more (an earlier arrival, a later departure,
 * another room) waits for a clerk: those fields are held back. Shortening applies at once.
 */
function holdBackWidening(b: Booking, changes: BookingChanges): boolean {
  let held = false;
  if (changes.roomId !== undefined) {
    delete changes.roomId;
    held = true;
  }
  if (changes.departureMs !== undefined && changes.departureMs > b.departureMs) {
    delete changes.departureMs;
    held = true;
  }
  if (changes.arrivalMs !== undefined && changes.arrivalMs < b.arrivalMs) {
    delete changes.arrivalMs;
    held = true;
  }
  return held;
}

/**
 * What importing `incoming` into `source` would do, decided in memory from the bookings the
 * source already has. Pure, so the preview and the commit agree and re-importing the same data
 * plans nothing. History is never rewritten: a checked-out stay is left as it was.
 * `vanished`: bookings of the source absent from the incoming set (feeds only; a CSV may be partial).
 */
export function planStays(
  existing: readonly Booking[],
  incoming: readonly IncomingStay[],
  opts: { nowMs: number; cancelVanished: boolean; guard?: ImportGuard },
): PlannedStay[] {
  const byRef = new Map(existing.map((b) => [b.ref, b]));
  const seen = new Set<string>();
  const plan: PlannedStay[] = [];
  // Stays this same import creates, so two new rows on top of each other are caught too.
  const created: Booking[] = [];
  const clashOf = (roomId: number, arrivalMs: number, departureMs: number, selfId: number): Booking | null => {
    const inStore = opts.guard?.holders(roomId, arrivalMs, departureMs, selfId)[0];
    return inStore ?? created.find((c) => c.roomId === roomId && c.arrivalMs < departureMs && c.departureMs > arrivalMs) ?? null;
  };
  for (const s of incoming) {
    seen.add(s.ref);
    const b = byRef.get(s.ref) ?? null;
    if (!b) {
      // A clashing stay goes in, but as needs-attention: the access engine issues nothing to a
      // stay that shares its room (issue.ts), and the warning names the clash.
      const clash = !s.cancelled && opts.guard ? clashOf(s.roomId, s.arrivalMs, s.departureMs, 0) : null;
      if (!s.cancelled) created.push({ id: -created.length - 1, ref: s.ref, source: '', guestName: s.guestName, contact: '', notes: '', roomId: s.roomId, roomName: clash?.roomName ?? '', arrivalMs: s.arrivalMs, departureMs: s.departureMs, status: 'booked' });
      plan.push({ action: s.cancelled ? 'skip' : 'create', incoming: s, existing: null, changes: {}, warning: clash ? clashWarning(s, clash) : null });
      continue;
    }
    if (b.status === 'checked_out') {
      plan.push({ action: 'unchanged', incoming: s, existing: b, changes: {}, warning: null });
      continue;
    }
    if (s.cancelled) {
      plan.push(cancelOf(b, opts.nowMs, msg('bookings.stay.cancelledAtSource'), s));
      continue;
    }
    const changes: BookingChanges = {};
    if (b.guestName !== s.guestName) changes.guestName = s.guestName;
    if (b.roomId !== s.roomId) changes.roomId = s.roomId;
    if (b.arrivalMs !== s.arrivalMs) changes.arrivalMs = s.arrivalMs;
    if (b.departureMs !== s.departureMs) changes.departureMs = s.departureMs;
    if (s.contact !== undefined && b.contact !== s.contact) changes.contact = s.contact;
    if (s.notes !== undefined && b.notes !== s.notes) changes.notes = s.notes;
    // Listed again after a cancellation (the host re-opened it): it is a stay again.
    if (b.status === 'cancelled' && s.departureMs > opts.nowMs) changes.status = 'booked';
    if (b.status === 'cancelled' && !changes.status) {
      plan.push({ action: 'unchanged', incoming: s, existing: b, changes: {}, warning: null });
      continue;
    }
    let warning: Message | null = null;
    if (opts.guard?.hasAccess(b.id) && holdBackWidening(b, changes)) {
      warning = msg('bookings.stay.waitsForClerk', { guest: b.guestName, ref: b.ref });
      if (Object.keys(changes).length === 0) {
        plan.push({ action: 'skip', incoming: s, existing: b, changes, warning });
        continue;
      }
    }
    const after = { ...b, ...changes };
    const clash = Object.keys(changes).length && opts.guard && (after.status === 'booked' || after.status === 'checked_in') ? clashOf(after.roomId, after.arrivalMs, after.departureMs, b.id) : null;
    if (clash && !warning) warning = clashWarning(after, clash);
    plan.push({ action: Object.keys(changes).length ? 'update' : 'unchanged', incoming: s, existing: b, changes, warning });
  }
  if (opts.cancelVanished)
    for (const b of existing)
      if (!seen.has(b.ref) && b.status !== 'cancelled' && b.status !== 'checked_out') plan.push(cancelOf(b, opts.nowMs, msg('bookings.stay.goneFromFeed'), null));
  return plan;
}

/**
 * Only a stay that has not ended and the guest has not started is cancelled automatically: past
 * stays vanish from Airbnb feeds as a matter of course, and cancelling a checked-in guest from a
 * feed would lock them out of their room; those are left for the clerk with a warning.
 */
function cancelOf(b: Booking, nowMs: number, why: Message, incoming: IncomingStay | null): PlannedStay {
  if (b.departureMs <= nowMs || b.status === 'cancelled') return { action: 'unchanged', incoming, existing: b, changes: {}, warning: null };
  if (b.status === 'checked_in')
    return { action: 'skip', incoming, existing: b, changes: {}, warning: msg('bookings.stay.inHouse', { guest: b.guestName, ref: b.ref, why }) };
  return { action: 'cancel', incoming, existing: b, changes: { status: 'cancelled' }, warning: null };
}

export function countPlan(plan: readonly { action: ImportAction }[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, cancel: 0, skip: 0, error: 0 };
  for (const p of plan) counts[p.action] += 1;
  return counts;
}

/** Applies a plan in one transaction: every booking and every booking event, or none. */
export function applyPlan(db: Db, bookings: BookingsRepo, source: string, plan: readonly PlannedStay[]): void {
  db.transaction(() => {
    const creates: NewBooking[] = [];
    for (const p of plan) {
      if (p.action === 'create' && p.incoming) {
        const { cancelled: _c, ...s } = p.incoming;
        creates.push({ ...s, source });
      } else if ((p.action === 'update' || p.action === 'cancel') && p.existing) {
        bookings.changeInTransaction(p.existing.id, p.changes);
      }
    }
    // One statement for every new booking: see addManyInTransaction (FTS5 flushes per statement).
    bookings.addManyInTransaction(creates);
  })();
}
