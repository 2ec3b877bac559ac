import { handlersFor } from '../ipc/dispatch';
import type { LockHealthService } from './lock-health';

/** The lock-health part of the IPC handler table. */
export function healthHandlers(health: LockHealthService) {
  return handlersFor({
    'lock:health': ({ refresh }) => health.check(refresh),
  });
}
