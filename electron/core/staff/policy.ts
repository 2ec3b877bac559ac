import { type AccessLevel, type Channel, contract } from '../../../shared/ipc/contract';
import type { DeskHandlers } from '../ipc/dispatch';
import type { StaffSession } from './session';

/** Who may call a channel: the contract's word for it, checked here in the core, not just hidden in the UI. */
export function accessLevelOf(channel: Channel): AccessLevel {
  return contract[channel].access;
}

/** Wraps every handler with the session check its contract entry names. */
export function guardHandlers<T extends DeskHandlers>(session: StaffSession, handlers: T): T {
  const guarded: Record<string, (request: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [Channel, (request: never) => unknown][]) {
    const level = accessLevelOf(channel);
    guarded[channel] = (request: never) => {
      // A real-account desk with no staff allows one thing: creating the first manager. The
      // handler itself refuses anything but a new member with the manager role at that point.
      if (channel === 'staff:save' && session.awaitingFirstManager()) return handler(request);
      session.require(level);
      return handler(request);
    };
  }
  return guarded as unknown as T;
}
