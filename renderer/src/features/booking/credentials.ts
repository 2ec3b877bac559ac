import type { BookingDetail } from '../../../../shared/domain/booking';
import type { Credential } from '../../../../shared/domain/credential';

const HOUR = 3_600_000;

/**
 * An offline code (the lock's own algorithm, used when a gateway cannot take a custom code) has a
 * whole-hour window and its own digits, unlike the code the other doors got (§10.10, §15.2).
 */
export function isOfflineCode(c: Credential, all: readonly Credential[]): boolean {
  if (c.kind !== 'passcode' || c.secret === '' || c.startMs % HOUR !== 0 || c.endMs % HOUR !== 0) return false;
  return all.some((o) => o.kind === 'passcode' && o.doorId !== c.doorId && o.secret !== '' && o.secret !== c.secret && (o.state === 'issued' || o.state === 'pending'));
}

const ORDER: Record<Credential['state'], number> = { pending: 0, issued: 0, failed: 1, revoking: 0, revoked: 2 };

/** A door's credentials, the ones that matter now first, newest first within. */
export function credentialsOfDoor(detail: BookingDetail, doorId: number): Credential[] {
  return detail.credentials.filter((c) => c.doorId === doorId).sort((a, b) => ORDER[a.state] - ORDER[b.state] || b.id - a.id);
}

/** Cards the guest holds now (one entry per card number). */
export function activeCards(detail: BookingDetail): string[] {
  return [...new Set(detail.credentials.filter((c) => c.kind === 'card' && (c.state === 'issued' || c.state === 'pending')).map((c) => c.secret))];
}
