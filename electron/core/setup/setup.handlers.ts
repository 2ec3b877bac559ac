import type { Property } from '../../../shared/domain/property';
import { msg, type Message } from '../../../shared/messages';
import { isValidTimeZone } from '../../../shared/time/zoned';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { PropertyRepo } from '../db/repos/property.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { DeskError } from '../ipc/desk-error';
import { handlersFor } from '../ipc/dispatch';
import type { LockCloud } from '../cloud/lock-cloud';
import type { SlipPrinter } from '../slip/printer';
import type { RoomMappingService } from './room-mapping';
import type { SettingsRepo } from '../db/repos/settings.repo';
import type { createSifelyAccountSetup } from './sifely-account';

export interface SetupDeps {
  demo: boolean;
  property: PropertyRepo;
  rooms: RoomsRepo;
  mapping: RoomMappingService;
  settings: SettingsRepo;
  account: ReturnType<typeof createSifelyAccountSetup>;
  /** The desk's own Sifely client (demo: the built-in simulator): locks are imported from it. */
  cloud: Pick<LockCloud, 'listLocks'>;
  printer: SlipPrinter | null;
  audit: AuditRepo;
  staff: () => string;
  /** The shell's orderly quit (Electron main: close the desk, then exit); null in the preview. */
  quit: (() => void) | null;
}

/** The manager's setup wizard. Manager-only is enforced by the staff policy (setup:* channels). */
export function setupHandlers(deps: SetupDeps) {
  const note = (action: string, detail: Message): void =>
    void deps.audit.add({ staff: deps.staff(), action, bookingId: null, detail, result: 'ok' });

  return handlersFor({
    'setup:state': () => ({
      property: deps.property.get(),
      demo: deps.demo,
      account: deps.account.account(),
      settings: deps.settings.get(),
      rooms: deps.rooms.listRooms(),
      doors: deps.mapping.doors(),
      canPrint: deps.printer !== null,
      canQuit: deps.quit !== null,
    }),
    'setup:sifely-login': async (credential) => {
      const outcome = await deps.account.login(credential);
      note('setup-sifely', msg('audit.sifelySignedIn', { account: outcome.account, locks: outcome.locks }));
      return outcome;
    },
    'setup:locks': async () => {
      const byLock = new Map(deps.mapping.doors().map((d) => [d.lockId, d]));
      const locks = await deps.cloud.listLocks('interactive');
      return { locks: locks.map((l) => ({ ...l, door: byLock.get(l.lockId) ?? null })) };
    },
    'setup:save-room': (mapping) => {
      const room = deps.mapping.save(mapping);
      note(
        'setup-room',
        msg('audit.roomDoors', { room: room.name, doors: [room.door, ...room.sharedDoors].map((d) => d.name).join(' + ') }),
      );
      return room;
    },
    'setup:save-rooms': ({ rooms }) => {
      const saved = deps.mapping.saveMany(rooms);
      note('setup-room', msg('audit.roomsBulk', { count: saved.length, rooms: saved.map((r) => r.name).join(', ') }));
      return { rooms: saved };
    },
    'setup:save-property': (p: Property) => {
      if (!isValidTimeZone(p.timeZone)) throw new DeskError('invalid-request', msg('setup.badTimeZone', { zone: p.timeZone }));
      const property = { ...p, name: p.name.trim() };
      deps.property.save(property);
      note(
        'setup-property',
        msg('audit.property', {
          name: property.name,
          timeZone: property.timeZone,
          checkIn: property.checkInTime,
          checkOut: property.checkOutTime,
        }),
      );
      return property;
    },
    'setup:save-settings': (patch) => {
      const next = deps.settings.save(patch);
      note(
        'setup-settings',
        Object.keys(patch).length ? msg('audit.settingsChanged', { fields: Object.keys(patch).join(', ') }) : msg('audit.noChange'),
      );
      return next;
    },
    'setup:printers': async () => ({ printers: deps.printer ? await deps.printer.list() : [] }),
    'setup:quit-desk': () => {
      const quit = deps.quit;
      if (!quit) throw new DeskError('unavailable', msg('setup.quitUnavailable'));
      note('quit-desk', msg('audit.deskQuit'));
      // Answer first: the quit closes the desk (and this IPC channel) right after.
      // eslint-disable-next-line no-restricted-syntax -- lets the answer leave before the process quits: real time
      setTimeout(quit, 100);
      return { quitting: true as const };
    },
  });
}
