import type { Channel } from '../../../shared/ipc/contract';
import type { DeskHandlers } from '../ipc/dispatch';
import type { AccessLevel, StaffSession } from './session';

/** Channels anyone at the desk may call, locked or not: the lock screen itself and the status line. */
const OPEN: ReadonlySet<string> = new Set(['desk:status', 'staff:status', 'staff:unlock', 'staff:lock', 'staff:activity']);

/**
 * Manager-only: setup, settings, staff, reader calibration, opening a door remotely and adding a
 * booking feed (the desk fetches whatever address a feed names). Checked in the core, not just hidden in the UI.
 */
const MANAGER: ReadonlySet<string> = new Set(['staff:list', 'staff:save', 'staff:remove', 'reader:save-profile', 'reader:calibrate', 'lock:unlock', 'feed:add']);

export function accessLevelOf(channel: Channel): AccessLevel {
  if (OPEN.has(channel)) return 'open';
  if (MANAGER.has(channel) || channel.startsWith('setup:')) return 'manager';
  return 'staff';
}

/**
 * Wraps every handler with the session check for its channel. Unlisted channels need an
 * unlocked desk (any role): a channel added later is protected by default, never open by default.
 */
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
