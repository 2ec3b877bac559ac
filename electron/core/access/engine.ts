import type { BookingDetail } from '../../../shared/domain/booking';
import type { PlannedStep } from '../../../shared/ipc/contract';
import type { NoShowsRepo } from '../db/repos/no-shows.repo';
import { enqueueNoShow } from './no-show';
import { msg, type Message } from '../../../shared/messages';
import type { CredentialVariant } from '../db/repos/credentials.repo';
import { DeskError } from '../ipc/desk-error';
import { createLogger } from '../log';
import { applyChange, describeStayChange, previewChange, queuePlan, type StayChange } from './change';
import { doorsOfRoom, isActive, requireBooking, type EngineCtx } from './context';
import { enqueueCard, enqueuePasscode } from './issue';
import { planFor, type PlanStep } from './plan';
import { enqueueCardRevocation, enqueueDeparture } from './revoke';

const log = createLogger('access');

/**
 * The access engine: turns bookings into working cards and passcodes on the right doors for the
 * right window, and takes them away again. Every action writes its credential rows and outbox
 * rows in one transaction, then waits a short while for the locks so the clerk sees the outcome;
 * whatever is not done by then carries on in the background and shows as pending.
 */
export function createAccessEngine(ctx: EngineCtx) {
  function detail(bookingId: number): BookingDetail {
    const b = requireBooking(ctx, bookingId);
    return {
      ...b,
      doors: doorsOfRoom(ctx, b.roomId).map((d) => ({ id: d.id, name: d.name, kind: d.kind })),
      credentials: ctx.credentials
        .forBooking(bookingId)
        .map(({ lockId: _l, label: _n, remoteId: _r, variant, verifiedMs: _m, ...c }) => ({ ...c, offline: variant === 'offline' })),
    };
  }

  /**
   * Runs a clerk's action (its credential, outbox and audit rows) and the claim of the requests
   * that can go now in one commit, then sends them: one wait for the disk before the locks are
   * asked, not one for the action and another for the claim. Inside someone else's transaction
   * nothing is claimed: only that transaction's commit makes the rows durable, and the worker
   * finds them after it.
   */
  function claimed<T>(enqueue: () => T): T {
    if (ctx.db.inTransaction) {
      const result = enqueue();
      ctx.worker.kick();
      return result;
    }
    const [result, rows] = ctx.db.transaction(() => [enqueue(), ctx.worker.claimWithin()] as const)();
    // Nothing claimed (every slot busy): the worker takes the rows as slots free.
    if (rows.length > 0) ctx.worker.launch(rows);
    else ctx.worker.kick();
    return result;
  }

  /** The clerk's answer: the booking once its queued rows have been tried (or the wait ran out). */
  async function settle(bookingId: number, outboxIds: readonly number[]): Promise<BookingDetail> {
    ctx.changed({ bookings: true, access: bookingId, health: true });
    await ctx.worker.waitFor(outboxIds, ctx.interactiveWaitMs);
    return detail(bookingId);
  }

  async function withNotice(detail: Promise<BookingDetail>, notice: Message | null): Promise<BookingDetail> {
    const d = await detail;
    return notice ? { ...d, notice } : d;
  }

  function describe(step: PlanStep): PlannedStep {
    switch (step.action) {
      case 'revoke':
        return {
          door: step.credential.doorName,
          action: 'remove',
          kind: step.credential.kind,
          secret: step.credential.secret,
          endMs: null,
          reason: step.reason,
        };
      case 'change':
        return {
          door: step.credential.doorName,
          action: 'change',
          kind: step.credential.kind,
          secret: step.credential.secret,
          endMs: step.endMs,
          reason: null,
        };
      case 'reissue':
        return {
          door: step.credential.doorName,
          action: 'reissue',
          kind: 'passcode',
          secret: step.credential.secret,
          endMs: step.endMs,
          reason: null,
        };
      case 'add':
        return { door: step.doorName, action: 'add', kind: step.kind, secret: step.secret, endMs: step.endMs, reason: null };
    }
  }

  /** Booking changes from imports and feeds (extend, move, cancel) drive the same planner. */
  function consumeBookingEvents(): number {
    const events = ctx.bookings.events.unconsumed();
    if (events.length === 0) return 0;
    const queued = ctx.db.transaction(() => {
      let n = 0;
      for (const bookingId of new Set(events.map((e) => e.bookingId))) {
        const booking = ctx.bookings.get(bookingId);
        if (!booking) continue;
        const steps = planFor(ctx, booking);
        n += queuePlan(ctx, booking, steps, 'background').length;
        if (steps.length > 0) {
          // Who made the change (the feed or file the booking came from) and what it was, old → new.
          const mine = events.filter((e) => e.bookingId === bookingId);
          const first = mine[0]?.before ?? mine[0]?.after ?? booking;
          const what = describeStayChange(ctx, first, booking);
          ctx.audit.add({
            staff: booking.source,
            action: 'booking-changed',
            bookingId,
            detail: msg('audit.bookingChangedBy', { count: steps.length, source: booking.source, what }),
            result: 'pending',
          });
        }
      }
      ctx.bookings.events.markConsumed(events.map((e) => e.id));
      return n;
    })();
    if (queued > 0) {
      log.info(`booking changes queued ${queued} lock operation(s)`);
      for (const id of new Set(events.map((e) => e.bookingId))) ctx.changed({ bookings: true, access: id, health: true });
      ctx.worker.kick();
    }
    return queued;
  }

  return {
    detail,
    consumeBookingEvents,

    issueCard(bookingId: number, cardNumber: string, opts: { variant?: CredentialVariant; staff?: string } = {}) {
      const { outboxIds, notice } = claimed(() => enqueueCard(ctx, bookingId, cardNumber, opts.variant ?? 'plain', opts.staff ?? 'desk'));
      return withNotice(settle(bookingId, outboxIds), notice);
    },

    issuePasscode(bookingId: number, opts: { digits?: string; length?: number; staff?: string } = {}) {
      const { outboxIds, notice } = claimed(() => enqueuePasscode(ctx, bookingId, opts.staff ?? 'desk', opts));
      return withNotice(settle(bookingId, outboxIds), notice);
    },

    /**
     * A code issued ahead by guest delivery's scheduler: the same rules and outbox as the clerk's,
     * its window from the arrival, and nobody waiting for the locks (the delivery follows the
     * credentials as they settle). Answers the outbox rows.
     */
    issuePasscodeAhead(bookingId: number, opts: { length?: number; staff?: string } = {}): number[] {
      const { outboxIds } = enqueuePasscode(ctx, bookingId, opts.staff ?? 'auto', {
        ...(opts.length ? { length: opts.length } : {}),
        ahead: true,
      });
      ctx.changed({ access: bookingId });
      ctx.worker.kick();
      return outboxIds;
    },

    checkOut(bookingId: number, staff = 'desk') {
      return settle(
        bookingId,
        claimed(() => enqueueDeparture(ctx, bookingId, 'checked_out', staff)),
      );
    },

    cancel(bookingId: number, staff = 'desk') {
      return settle(
        bookingId,
        claimed(() => enqueueDeparture(ctx, bookingId, 'cancelled', staff)),
      );
    },

    noShow(bookingId: number, noShows: NoShowsRepo, staff = 'desk') {
      return settle(
        bookingId,
        claimed(() => enqueueNoShow(ctx, noShows, bookingId, staff)),
      );
    },

    async reportLostCard(cardNumber: string, staff = 'desk') {
      const { bookingId, outboxIds } = claimed(() => enqueueCardRevocation(ctx, cardNumber, staff, 'lost'));
      return settle(bookingId, outboxIds);
    },

    async cardReturned(cardNumber: string, staff = 'desk') {
      const { bookingId, outboxIds } = claimed(() => enqueueCardRevocation(ctx, cardNumber, staff, 'returned'));
      return settle(bookingId, outboxIds);
    },

    /** "Whose card is this?": the booking, doors and window of a card, active first. */
    identifyCard(cardNumber: string): BookingDetail | null {
      const rows = ctx.credentials.byCardNumber(cardNumber);
      const hit = rows.find(isActive) ?? rows[0];
      return hit ? detail(hit.bookingId) : null;
    },

    previewChange(bookingId: number, change: StayChange): PlannedStep[] {
      if (change.arrivalMs === undefined && change.departureMs === undefined && change.roomId === undefined)
        throw new DeskError('invalid-request', msg('access.nothingToChange'));
      return previewChange(ctx, bookingId, change).steps.map(describe);
    },

    applyChange(bookingId: number, change: StayChange, staff = 'desk') {
      return settle(
        bookingId,
        claimed(() => applyChange(ctx, bookingId, change, staff)),
      );
    },
  };
}
export type AccessEngine = ReturnType<typeof createAccessEngine>;
