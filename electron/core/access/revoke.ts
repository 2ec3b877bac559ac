import type { BookingStatus } from '../../../shared/domain/booking';
import { msg } from '../../../shared/messages';
import type { StoredCredential } from '../db/repos/credentials.repo';
import type { QueuedPriority } from '../db/repos/outbox.repo';
import { DeskError } from '../ipc/desk-error';
import { isHeld, requireBooking, type EngineCtx } from './context';

/**
 * Marks credentials "revocation pending" and queues their deletion, in the caller's transaction.
 * The outbox deletes each one through the gateway and counts it revoked only when the lock's own
 * list no longer has it; until then the screen says "revocation pending".
 */
export function queueRevocations(ctx: EngineCtx, creds: readonly StoredCredential[], priority: QueuedPriority = 'interactive'): number[] {
  return creds.map((c) => {
    // Cancel an add that has not been sent yet? No: it may be in flight. The delete is queued
    // behind it (one row per credential at a time) and looks on the lock if the add was unclear.
    ctx.credentials.settle(c.id, { state: 'revoking', error: null });
    return ctx.outbox.enqueue(c.id, 'delete', {}, priority);
  });
}

/** Checkout, early checkout and cancellation: every card and code on every door goes. */
export function enqueueDeparture(
  ctx: EngineCtx,
  bookingId: number,
  status: Extract<BookingStatus, 'checked_out' | 'cancelled'>,
  staff: string,
): number[] {
  const booking = requireBooking(ctx, bookingId);
  if (booking.status === 'checked_out') throw new DeskError('conflict', msg('access.alreadyCheckedOut'));
  if (booking.status === 'cancelled') throw new DeskError('conflict', msg('access.alreadyCancelled'));
  if (status === 'checked_out' && booking.status !== 'checked_in') throw new DeskError('conflict', msg('access.notCheckedIn'));
  return ctx.db.transaction(() => {
    const ids = queueRevocations(ctx, ctx.credentials.forBooking(bookingId).filter(isHeld));
    ctx.bookings.events.plannedBy(() => ctx.bookings.setStatus(bookingId, status));
    ctx.audit.add({
      staff,
      action: status === 'checked_out' ? 'check-out' : 'cancel',
      bookingId,
      detail: msg('audit.toRevoke', { count: ids.length }),
      result: 'pending',
    });
    return ids;
  })();
}

/** A lost card (or one handed back early): revoked on every door of its booking. */
export function enqueueCardRevocation(
  ctx: EngineCtx,
  cardNumber: string,
  staff: string,
  why: 'lost' | 'returned',
): { bookingId: number; outboxIds: number[] } {
  // Oldest first: the revocations queue in the order the card was issued. Already revoking: nothing to add.
  const creds = ctx.credentials.activeByCardNumber(cardNumber).filter((c) => c.state !== 'revoking');
  if (creds.length === 0) throw new DeskError('not-found', msg('access.cardNotActive'));
  const bookingId = creds[0]!.bookingId;
  return ctx.db.transaction(() => {
    const outboxIds = queueRevocations(ctx, creds);
    ctx.audit.add({
      staff,
      action: why === 'lost' ? 'report-lost-card' : 'card-returned',
      bookingId,
      detail: msg('audit.cardOnDoors', { card: cardNumber, doors: creds.length }),
      result: 'pending',
    });
    return { bookingId, outboxIds };
  })();
}
