import type { DeskChange } from '../changes';
import { randomBytes } from 'node:crypto';
import { msg } from '../../../shared/messages';
import type { Booking } from '../../../shared/domain/booking';
import type { Door } from '../../../shared/domain/door';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { CredentialsRepo, StoredCredential } from '../db/repos/credentials.repo';
import type { OutboxRepo } from '../db/repos/outbox.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { DeskError } from '../ipc/desk-error';
import type { LockCloud } from '../cloud/lock-cloud';
import type { OutboxWorker } from './outbox';

/** Everything the engine's parts share. */
export interface EngineCtx {
  db: Db;
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  credentials: CredentialsRepo;
  outbox: OutboxRepo;
  audit: AuditRepo;
  worker: OutboxWorker;
  cloud: LockCloud;
  now: () => number;
  /** The property's zone (null before setup): audit notes write times as the desk reads them. */
  timeZone: () => string | null;
  changed: (change: DeskChange) => void;
  /** How long a clerk-facing action waits for the locks before answering with "pending". */
  interactiveWaitMs: number;
}

/** Credentials that are, or may still be, on a lock. */
export const isActive = (c: StoredCredential): boolean => c.state === 'pending' || c.state === 'issued' || c.state === 'revoking';
/** Credentials the guest is meant to hold (not those on their way out). */
export const isHeld = (c: StoredCredential): boolean => c.state === 'pending' || c.state === 'issued';

export function requireBooking(ctx: EngineCtx, bookingId: number): Booking {
  const b = ctx.bookings.get(bookingId);
  if (!b) throw new DeskError('not-found', msg('bookings.bookingGone'));
  return b;
}

/** The room door first, then the shared doors. */
export function doorsOfRoom(ctx: EngineCtx, roomId: number): Door[] {
  const room = ctx.rooms.getRoom(roomId);
  if (!room) throw new DeskError('not-found', msg('access.roomOfBookingGone'));
  return [room.door, ...room.sharedDoors];
}

/**
 * The unique name the desk gives a credential on the lock (cardName / keyboardPwdName). It is how
 * the desk recognises its own credential on the lock after an unclear failure, so it must be
 * unique; the room and surname make the Sifely app's lists readable to the manager. Credentials
 * issued together (one card or one code on several doors) share the part before the slash.
 */
export function newCredentialGroup(booking: Booking, kind: 'card' | 'passcode'): string {
  const surname = (booking.guestName.trim().split(/\s+/).at(-1) ?? 'guest').slice(0, 20);
  return `FD ${booking.roomName} ${surname} ${kind === 'card' ? 'C' : 'P'}${randomBytes(3).toString('hex')}`;
}

/**
 * A credential's label: its group, the door, and a counter of the credentials this group has had
 * on this door (a reissue, a move back). A counter rather than random bytes, because one random
 * byte collided with an earlier label about once in 256 reissues and the UNIQUE constraint failed
 * the whole action. Looked up in the store, in the caller's transaction, so it is never reused.
 */
export function credentialLabel(ctx: Pick<EngineCtx, 'credentials'>, group: string, doorId: number): string {
  for (let n = 1; ; n++) {
    const label = `${group}/${doorId}.${n}`;
    if (!ctx.credentials.byLabel(label)) return label;
  }
}

export const groupOf = (c: StoredCredential): string => c.label.split('/')[0] ?? c.label;
