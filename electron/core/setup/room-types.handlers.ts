import { msg } from '../../../shared/messages';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import type { RoomTypesRepo } from '../db/repos/room-types.repo';
import { DeskError } from '../ipc/desk-error';
import type { DeskHandlers } from '../ipc/dispatch';

type RoomTypeChannels = 'setup:room-types' | 'setup:save-room-type' | 'setup:remove-room-type';

/** Setup's room types (manager-only by the staff policy, as every setup:* channel). Audited. */
export function roomTypeHandlers(deps: {
  types: RoomTypesRepo;
  rooms: RoomsRepo;
  audit: AuditRepo;
  staff: () => string;
}): Pick<DeskHandlers, RoomTypeChannels> {
  const list = () => ({ types: deps.types.list() });
  return {
    'setup:room-types': list,
    'setup:save-room-type': (t) => {
      const known = new Set(deps.rooms.listRooms().map((r) => r.id));
      if (t.roomIds.some((id) => !known.has(id))) throw new DeskError('not-found', msg('bookings.roomUnknown'));
      const clash = deps.types.list().find((x) => x.name.trim().toLowerCase() === t.name.trim().toLowerCase() && x.id !== t.id);
      if (clash) throw new DeskError('conflict', msg('setup.roomTypeExists', { name: t.name.trim() }));
      if (t.id !== undefined && !deps.types.list().some((x) => x.id === t.id))
        throw new DeskError('not-found', msg('setup.roomTypeUnknown'));
      deps.types.save(t);
      deps.audit.add({
        staff: deps.staff(),
        action: 'setup-room-type',
        bookingId: null,
        detail: msg('audit.roomTypeSaved', { name: t.name.trim(), rooms: t.roomIds.length }),
        result: 'ok',
      });
      return list();
    },
    'setup:remove-room-type': ({ id }) => {
      const t = deps.types.list().find((x) => x.id === id);
      if (!t) throw new DeskError('not-found', msg('setup.roomTypeUnknown'));
      deps.types.remove(id);
      deps.audit.add({
        staff: deps.staff(),
        action: 'setup-room-type',
        bookingId: null,
        detail: msg('audit.roomTypeRemoved', { name: t.name }),
        result: 'ok',
      });
      return list();
    },
  };
}
