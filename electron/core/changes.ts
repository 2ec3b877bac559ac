import type { EventPayload } from '../../shared/ipc/events';

/** What changed, as the core's services say it; merged into one 'desk:changed' per tick. */
export interface DeskChange {
  /** Today's lists or a search could read differently (a status, a stay moved by a feed). */
  bookings?: boolean;
  /** Lock health beside the rooms (batteries, gateways, pending work per door). */
  health?: boolean;
  /** This booking's cards and codes changed state. */
  access?: number;
}

/**
 * Coalesces changes: a burst (a checkout settling six outbox rows, a feed moving twenty stays) is
 * one 'desk:changed' that names what to refresh, so the screen fetches each thing once, and only
 * what changed.
 */
export function createChangeFeed(emit: (change: EventPayload<'desk:changed'>) => void): (change: DeskChange) => void {
  let pending: { bookings: boolean; health: boolean; access: Set<number> } | null = null;
  const flush = (): void => {
    if (!pending) return;
    const { bookings, health, access } = pending;
    pending = null;
    emit({ bookings, health, access: [...access] });
  };
  return (change) => {
    if (!pending) {
      pending = { bookings: false, health: false, access: new Set() };
      setImmediate(flush);
    }
    pending.bookings ||= change.bookings ?? false;
    pending.health ||= change.health ?? false;
    if (change.access !== undefined) pending.access.add(change.access);
  };
}
