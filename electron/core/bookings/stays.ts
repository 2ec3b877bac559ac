import { sameProposal, type HeldProposal } from '../../../shared/domain/attention';
import { isInHouse, type Booking } from '../../../shared/domain/booking';
import type { ImportAction, ImportCounts } from '../../../shared/domain/booking-import';
import { msg, type Message } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { BookingChanges, BookingsRepo, NewBooking } from '../db/repos/bookings.repo';
import type { KeptField } from '../db/repos/desk-kept.repo';

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
  /** The source marks the guest a no-show: ends the stay like a cancellation (revoking what was issued). */
  noShow?: boolean;
  /** The reservation code and the phone's last 4 a feed gives (feed-identity.ts); undefined: not carried. */
  resCode?: string;
  phoneLast4?: string;
}

export interface PlannedStay {
  action: Exclude<ImportAction, 'error'>;
  incoming: IncomingStay | null;
  existing: Booking | null;
  changes: BookingChanges;
  warning: Message | null;
  /** A change held back for a clerk (rule 4), or 'clear' when the source no longer asks for the one kept. */
  hold?: HeldProposal | 'clear';
}

/**
 * What the desk knows that an import must respect (issue 15, rules 3 and 4): who else holds a
 * room, and whether a booking already has cards or codes out.
 */
export interface ImportGuard {
  holders: (roomId: number, fromMs: number, toMs: number, selfId: number) => Booking[];
  hasAccess: (bookingId: number) => boolean;
  /** The change already held back for the booking, if any, and whether a clerk rejected it. */
  held?: (bookingId: number) => (HeldProposal & { state: 'waiting' | 'rejected' }) | null;
  /** Guest fields a clerk set at the desk: the source's value no longer replaces them. */
  kept?: (bookingId: number) => ReadonlySet<KeptField>;
}

/**
 * What to do with the held-back change of `b` given the source's latest proposal (null: it asks for
 * nothing held). A proposal the clerk already rejected is neither asked nor warned about again.
 */
function holdOf(
  b: Booking,
  proposal: HeldProposal | null,
  guard: ImportGuard | undefined,
  warning: Message,
): { hold?: HeldProposal | 'clear'; warning: Message | null } {
  const prior = guard?.held?.(b.id) ?? null;
  if (!proposal) return prior ? { hold: 'clear', warning: null } : { warning: null };
  if (prior?.state === 'rejected' && sameProposal(prior, proposal)) return { warning: null };
  return { hold: proposal, warning };
}

const clashWarning = (s: { guestName: string; ref: string }, other: Booking): Message =>
  msg('bookings.stay.clash', { guest: s.guestName, ref: s.ref, other: other.guestName, otherRef: other.ref, room: other.roomName });

/**
 * A change from outside that would give issued access more (an earlier arrival, a later departure,
 * another room) waits for a clerk: those fields are held back (kept in held_changes for the
 * Needs-attention list). Shortening applies at once: it only takes access away.
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
      if (!s.cancelled)
        created.push({
          id: -created.length - 1,
          ref: s.ref,
          source: '',
          guestName: s.guestName,
          contact: '',
          notes: '',
          roomId: s.roomId,
          roomName: clash?.roomName ?? '',
          arrivalMs: s.arrivalMs,
          departureMs: s.departureMs,
          status: 'booked',
          accessFromMs: null,
        });
      plan.push({
        action: s.cancelled ? 'skip' : 'create',
        incoming: s,
        existing: null,
        changes: {},
        warning: clash ? clashWarning(s, clash) : null,
      });
      continue;
    }
    if (b.status === 'checked_out') {
      plan.push({ action: 'unchanged', incoming: s, existing: b, changes: {}, warning: null });
      continue;
    }
    if (s.cancelled) {
      plan.push(
        cancelOf(b, opts.nowMs, s.noShow ? msg('bookings.stay.noShowAtSource') : msg('bookings.stay.cancelledAtSource'), s, opts.guard),
      );
      continue;
    }
    const changes: BookingChanges = {};
    if (b.guestName !== s.guestName && !opts.guard?.kept?.(b.id).has('guestName')) changes.guestName = s.guestName;
    if (s.resCode !== undefined && (b.resCode ?? '') !== s.resCode) changes.resCode = s.resCode;
    if (s.phoneLast4 !== undefined && (b.phoneLast4 ?? '') !== s.phoneLast4) changes.phoneLast4 = s.phoneLast4;
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
    const widens = opts.guard?.hasAccess(b.id) === true && holdBackWidening(b, changes);
    const proposal = widens ? { roomId: s.roomId, arrivalMs: s.arrivalMs, departureMs: s.departureMs, cancel: false } : null;
    const held = holdOf(b, proposal, opts.guard, msg('bookings.stay.waitsForClerk', { guest: b.guestName, ref: b.ref }));
    let warning = held.warning;
    const hold = held.hold ? { hold: held.hold } : {};
    if (widens && Object.keys(changes).length === 0) {
      plan.push({ action: 'skip', incoming: s, existing: b, changes, warning, ...hold });
      continue;
    }
    const after = { ...b, ...changes };
    const clash =
      Object.keys(changes).length && opts.guard && (after.status === 'booked' || after.status === 'checked_in')
        ? clashOf(after.roomId, after.arrivalMs, after.departureMs, b.id)
        : null;
    if (clash && !warning) warning = clashWarning(after, clash);
    plan.push({ action: Object.keys(changes).length ? 'update' : 'unchanged', incoming: s, existing: b, changes, warning, ...hold });
  }
  if (opts.cancelVanished)
    for (const b of existing)
      if (!seen.has(b.ref) && b.status !== 'cancelled' && b.status !== 'checked_out')
        plan.push(cancelOf(b, opts.nowMs, msg('bookings.stay.goneFromFeed'), null, opts.guard));
  return plan;
}

/**
 * Only a stay that has not ended and the guest has not started is cancelled automatically: past
 * stays vanish from Airbnb feeds as a matter of course. A checked-in guest is NOT revoked by a
 * feed or file: the guest is asleep upstairs with their luggage in the room, and what a channel
 * calls a cancellation mid-stay is as often a refund, a rebooking under a new reference or the
 * host tidying the calendar as a real eviction. Locking someone out of their room at night on
 * that word is the worst thing a front desk can do, and the desk has a person who can ask. So the
 * cancellation waits in Needs attention; a clerk confirms it (which takes the access back at once)
 * or keeps the guest. A stay not started yet is cancelled at once: that only takes access away.
 */
function cancelOf(b: Booking, nowMs: number, why: Message, incoming: IncomingStay | null, guard: ImportGuard | undefined): PlannedStay {
  if (b.departureMs <= nowMs || b.status === 'cancelled') return { action: 'unchanged', incoming, existing: b, changes: {}, warning: null };
  // A key handed over ahead that does not open yet is not in house: cancelled at once.
  if (isInHouse(b, nowMs)) {
    const held = holdOf(
      b,
      { roomId: b.roomId, arrivalMs: b.arrivalMs, departureMs: b.departureMs, cancel: true },
      guard,
      msg('bookings.stay.inHouse', { guest: b.guestName, ref: b.ref, why }),
    );
    return { action: 'skip', incoming, existing: b, changes: {}, warning: held.warning, ...(held.hold ? { hold: held.hold } : {}) };
  }
  return {
    action: 'cancel',
    incoming,
    existing: b,
    changes: { status: 'cancelled' },
    warning: null,
    ...(guard?.held?.(b.id) ? { hold: 'clear' as const } : {}),
  };
}

export function countPlan(plan: readonly { action: ImportAction }[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, cancel: 0, skip: 0, error: 0 };
  for (const p of plan) counts[p.action] += 1;
  return counts;
}

/** Where held-back changes are kept (db/repos/held-changes.repo.ts). */
export interface HeldStore {
  hold: (bookingId: number, source: string, p: HeldProposal) => void;
  clear: (bookingId: number) => void;
}

/** Applies a plan in one transaction: every booking, booking event and held-back change, or none. */
export function applyPlan(db: Db, bookings: BookingsRepo, source: string, plan: readonly PlannedStay[], held?: HeldStore): void {
  db.transaction(() => {
    const creates: NewBooking[] = [];
    for (const p of plan) {
      if (held && p.existing && p.hold) {
        if (p.hold === 'clear') held.clear(p.existing.id);
        else held.hold(p.existing.id, source, p.hold);
      }
      if (p.action === 'create' && p.incoming) {
        const { cancelled: _c, noShow: _n, ...s } = p.incoming;
        creates.push({ ...s, source });
      } else if ((p.action === 'update' || p.action === 'cancel') && p.existing) {
        bookings.changeInTransaction(p.existing.id, p.changes);
      }
    }
    // One statement for every new booking: see addManyInTransaction (FTS5 flushes per statement).
    bookings.addManyInTransaction(creates);
  })();
}
