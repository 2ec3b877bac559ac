import type { BookingDetail } from '../../../../shared/domain/booking';
import type { Credential } from '../../../../shared/domain/credential';

/** An offline code (the lock's own algorithm, used when a gateway cannot take a custom code, §10.10). */
export const isOfflineCode = (c: Credential): boolean => c.kind === 'passcode' && c.offline === true;

const ORDER: Record<Credential['state'], number> = { pending: 0, issued: 0, failed: 1, revoking: 0, revoked: 2 };

/** A door's credentials, the ones that matter now first, newest first within. */
export function credentialsOfDoor(detail: BookingDetail, doorId: number): Credential[] {
  return detail.credentials.filter((c) => c.doorId === doorId).sort((a, b) => ORDER[a.state] - ORDER[b.state] || b.id - a.id);
}

/** Cards the guest holds now (one entry per card number). */
export function activeCards(detail: BookingDetail): string[] {
  return [
    ...new Set(detail.credentials.filter((c) => c.kind === 'card' && (c.state === 'issued' || c.state === 'pending')).map((c) => c.secret)),
  ];
}
