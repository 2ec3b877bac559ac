import { msg } from '../../../shared/messages';
import type { NoShowsRepo } from '../db/repos/no-shows.repo';
import { DeskError } from '../ipc/desk-error';
import { isHeld, requireBooking, type EngineCtx } from './context';
import { queueRevocations } from './revoke';

/**
 * A guest who never came: everything issued for the stay is revoked (a card or code handed out
 * early must not open the room for whoever holds it now), the booking is cancelled so the room is
 * free again, and the stay is marked a no-show. One transaction, audited. Only once the arrival
 * time has passed: before it, the guest is simply not here yet.
 */
export function enqueueNoShow(ctx: EngineCtx, noShows: NoShowsRepo, bookingId: number, staff: string): number[] {
  const booking = requireBooking(ctx, bookingId);
  if (booking.status === 'checked_out') throw new DeskError('conflict', msg('access.alreadyCheckedOut'));
  if (booking.status === 'cancelled') throw new DeskError('conflict', msg('access.alreadyCancelled'));
  const now = ctx.now();
  if (booking.arrivalMs > now) throw new DeskError('conflict', msg('access.noShowTooEarly'));
  return ctx.db.transaction(() => {
    const ids = queueRevocations(ctx, ctx.credentials.forBooking(bookingId).filter(isHeld));
    ctx.bookings.setStatus(bookingId, 'cancelled');
    noShows.mark(bookingId, now, staff);
    ctx.audit.add({
      staff,
      action: 'no-show',
      bookingId,
      detail: msg('audit.noShow', { count: ids.length }),
      result: ids.length ? 'pending' : 'ok',
    });
    return ids;
  })();
}
