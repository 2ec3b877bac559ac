import type { Property } from '../../../shared/domain/property';
import { msg } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { FeedsRepo } from '../db/repos/feeds.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { handlersFor } from '../ipc/dispatch';
import { DeskError } from '../ipc/desk-error';
import type { CsvImport } from './csv-import';
import type { FeedSync } from './feeds';
import type { ManualBookings } from './manual';

export interface BookingHandlerDeps {
  db: Db;
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  feeds: FeedsRepo;
  manual: ManualBookings;
  csv: CsvImport;
  feedSync: FeedSync;
  property: () => Property;
}

/** The bookings side of the IPC handler table (desk.ts spreads it into the whole table). */
export function bookingHandlers(deps: BookingHandlerDeps) {
  return handlersFor({
    'booking:search': ({ query, limit }) => ({ bookings: deps.bookings.search(query, limit) }),
    'booking:create': (input) => deps.manual.create(input),
    'booking:update': (patch) => deps.manual.update(patch),
    'import:csv-preview': (req) => deps.csv.preview(req),
    'import:csv-commit': (req) => ({ counts: deps.csv.commit(req) }),
    'feed:list': () => ({ feeds: deps.feeds.list() }),
    'feed:add': async ({ roomId, name, url, refreshNow }) => {
      if (!deps.rooms.getRoom(roomId)) throw new DeskError('not-found', msg('bookings.roomUnknown'));
      if (deps.feeds.list().some((f) => f.roomId === roomId && f.url === url)) throw new DeskError('conflict', msg('bookings.feedExists'));
      const id = deps.feeds.add(roomId, name, url);
      if (refreshNow) await deps.feedSync.refresh(id);
      return deps.feeds.get(id)!;
    },
    'feed:refresh': async ({ feedId }) => {
      if (feedId === undefined) return { results: await deps.feedSync.refreshAll() };
      if (!deps.feeds.get(feedId)) throw new DeskError('not-found', msg('bookings.feedUnknown'));
      return { results: [await deps.feedSync.refresh(feedId)] };
    },
  });
}
