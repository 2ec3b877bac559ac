import { msg } from '../../../shared/messages';
import type { LockCloud } from '../cloud/lock-cloud';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { Door } from '../../../shared/domain/door';
import { handlersFor } from '../ipc/dispatch';
import { DeskError } from '../ipc/desk-error';
import { SifelyError } from '../sifely/errors';

export interface RemoteUnlockDeps {
  doors: { getDoor(id: number): Door | null };
  cloud: Pick<LockCloud, 'unlock'>;
  audit: AuditRepo;
  /** The signed-in member (the core's session): the audit log records who opened the door. */
  currentStaff: () => string;
  now: () => number;
}

/**
 * A manager opens one door now, through its gateway (§10.16): a guest locked out at night, a
 * technician at the boiler room. The channel is manager-only (its contract entry). One try at
 * interactive priority: the manager is waiting and can press again; the client's own retry of a
 * busy gateway (-3003) applies. Both outcomes are audited, a refusal with the cloud's reason, so
 * the log shows who tried to open which door even when the lock stayed shut.
 */
export function remoteUnlockHandlers(deps: RemoteUnlockDeps) {
  return handlersFor({
    'lock:unlock': async ({ doorId }) => {
      const door = deps.doors.getDoor(doorId);
      if (!door) throw new DeskError('not-found', msg('access.doorGone'));
      const staff = deps.currentStaff();
      try {
        await deps.cloud.unlock(door.lockId, 'interactive');
      } catch (e) {
        // The cloud's reason goes in the log too (no gateway, remote unlock switched off…), worded per reader.
        const detail =
          e instanceof SifelyError
            ? msg('audit.remoteUnlockFailed', { door: door.name, reason: e.staffMsg })
            : msg('audit.remoteUnlock', { door: door.name });
        deps.audit.add({ staff, action: 'remote-unlock', bookingId: null, detail, result: 'failed' });
        throw e;
      }
      deps.audit.add({
        staff,
        action: 'remote-unlock',
        bookingId: null,
        detail: msg('audit.remoteUnlock', { door: door.name }),
        result: 'ok',
      });
      return { doorId: door.id, doorName: door.name, atMs: deps.now() };
    },
  });
}
