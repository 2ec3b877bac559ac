import type { BookingDetail } from '../../../shared/domain/booking';
import type { NoShowsRepo } from '../db/repos/no-shows.repo';
import type { DeskHandlers } from '../ipc/dispatch';
import type { AccessEngine } from './engine';

/**
 * The no-show action, and the booking detail with its no-show mark (the engine's detail does
 * not know about marks; this wraps it).
 */
export function noShowHandlers(
  engine: AccessEngine,
  noShows: NoShowsRepo,
  staff: () => string,
): Pick<DeskHandlers, 'access:no-show' | 'booking:get'> {
  const marked = (d: BookingDetail): BookingDetail => ({ ...d, noShowMs: noShows.markedAt(d.id) });
  return {
    'access:no-show': async ({ bookingId }) => marked(await engine.noShow(bookingId, noShows, staff())),
    'booking:get': ({ bookingId }) => marked(engine.detail(bookingId)),
  };
}
