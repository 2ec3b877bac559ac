import type { AttentionItem } from '../../../shared/domain/attention';
import type { BookingDetail } from '../../../shared/domain/booking';
import { msg, type WireMessage } from '../../../shared/messages';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { HeldChangesRepo } from '../db/repos/held-changes.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { DeskError } from '../ipc/desk-error';
import type { StayChange } from './change';
import type { AccessEngine } from './engine';

export interface AttentionDeps {
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  held: HeldChangesRepo;
  engine: AccessEngine;
  audit: AuditRepo;
  now: () => number;
  /** How the clerk knows a source: a feed by the name given to it, a CSV source by its own name. */
  sourceName: (source: string) => string;
  /** Codes to be issued ahead (guest delivery) that the occupancy rules refused, with the engine's reason. */
  codesHeld?: () => { bookingId: number; reason: WireMessage | null }[];
}

const occupying = (status: string): boolean => status === 'booked' || status === 'checked_in';

/**
 * The main screen's Needs-attention list (issue 15, rules 3 and 4) and the clerk's answer to a
 * change held back from a feed or file. A clash is resolved with the desk's own actions (Change
 * stay to another room or shorter dates, or Cancel), which refuse anything that still clashes; it
 * leaves the list by itself once the room is no longer shared.
 */
export function createAttention(deps: AttentionDeps) {
  function list(): AttentionItem[] {
    const now = deps.now();
    const items: AttentionItem[] = deps.bookings.clashes(now).map(([booking, other]) => ({ kind: 'clash', booking, other }));
    // A refused automatic code whose stay is already listed as a clash is resolved with it: one line.
    const listed = new Set(items.flatMap((i) => (i.kind === 'clash' ? [i.booking.id, i.other.id] : [])));
    for (const c of deps.codesHeld?.() ?? []) {
      const booking = deps.bookings.get(c.bookingId);
      if (!booking || !occupying(booking.status) || booking.departureMs <= now || listed.has(booking.id)) continue;
      items.push({ kind: 'codeHeld', booking, reason: c.reason ?? msg('delivery.roomNotFree') });
    }
    for (const h of deps.held.waiting()) {
      const booking = deps.bookings.get(h.bookingId);
      if (!booking || !occupying(booking.status) || booking.departureMs <= now) continue;
      // Already what the source asked for (confirmed by a clerk's own change): nothing to decide.
      if (!h.cancel && booking.roomId === h.roomId && booking.arrivalMs === h.arrivalMs && booking.departureMs === h.departureMs) continue;
      if (h.cancel && booking.status !== 'checked_in') continue;
      const roomName = deps.rooms.getRoom(h.roomId)?.name ?? `#${h.roomId}`;
      items.push({
        kind: 'held',
        id: h.id,
        booking,
        source: deps.sourceName(h.source),
        proposal: { roomId: h.roomId, arrivalMs: h.arrivalMs, departureMs: h.departureMs, cancel: h.cancel, roomName },
      });
    }
    return items;
  }

  function requireWaiting(id: number) {
    const h = deps.held.get(id);
    if (!h || h.state !== 'waiting') throw new DeskError('not-found', msg('bookings.attention.gone'));
    return h;
  }

  return {
    list,
    /**
     * Applies the held change through the clerk's own path, so every rule of a clerk's change holds
     * (a move into a held room or an extension over another stay is refused, naming the clash),
     * and the held change stays in the list if it is refused.
     */
    async confirm(id: number, staff: string): Promise<BookingDetail> {
      const h = requireWaiting(id);
      const booking = deps.bookings.get(h.bookingId);
      if (!booking) throw new DeskError('not-found', msg('bookings.bookingGone'));
      let result: Promise<BookingDetail>;
      if (h.cancel) {
        result = deps.engine.cancel(h.bookingId, staff);
      } else {
        const change: StayChange = {};
        if (h.roomId !== booking.roomId) change.roomId = h.roomId;
        if (h.arrivalMs !== booking.arrivalMs) change.arrivalMs = h.arrivalMs;
        if (h.departureMs !== booking.departureMs) change.departureMs = h.departureMs;
        result = deps.engine.applyChange(h.bookingId, change, staff);
      }
      // The engine has saved the change (or thrown before writing anything); the wait for the locks follows.
      deps.held.clear(h.bookingId);
      deps.audit.add({
        staff,
        action: 'held-change-confirmed',
        bookingId: h.bookingId,
        detail: msg('audit.heldConfirmed', { source: h.source }),
        result: 'ok',
      });
      return result;
    },
    reject(id: number, staff: string): void {
      const h = requireWaiting(id);
      deps.held.reject(h.id);
      deps.audit.add({
        staff,
        action: 'held-change-rejected',
        bookingId: h.bookingId,
        detail: msg('audit.heldRejected', { source: h.source }),
        result: 'ok',
      });
    },
  };
}
export type Attention = ReturnType<typeof createAttention>;
