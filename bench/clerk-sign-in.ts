import type { Desk } from '../electron/core/desk';
import { signInManager } from '../test/support/desk-manager';
import type { VirtualClock } from './virtual-clock';

/**
 * The clerk signs in again when the desk has locked. The PIN's scrypt runs on libuv's thread
 * pool, which the virtual clock cannot see (no request in flight, no timer due), so without the
 * hold time jumped from timer to timer while the hash ran: measured, a first sign-in at 14:03
 * ended at 14:09 or 14:25, and the check-ins due meanwhile ran back to back (8 writes at once, so
 * the second waited 9.6 s for tokens). A real sign-in takes real time, and the hold counts it so.
 */
export async function signInIfLocked(desk: Desk, clock: VirtualClock): Promise<void> {
  if (!(await desk.handlers['staff:status']({})).locked) return;
  const release = clock.hold();
  try {
    await signInManager(desk);
  } finally {
    release();
  }
}
