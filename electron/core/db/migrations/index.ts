import type { Migration } from '../migrate';
import { m0072Baseline } from './0072-baseline';
import { m0080HeldChanges } from './0080-held-changes';
import { m0090SearchKeyMinutes } from './0090-search-key-minutes';
import { m0100GuestDelivery } from './0100-guest-delivery';
import { m0110RoomTypes } from './0110-room-types';
import { m0111NoShows } from './0111-no-shows';
import { m0112GuestIdentity } from './0112-guest-identity';
import { m0113WalkInContact } from './0113-walk-in-contact';
import { m0120AuditGuestRoom } from './0120-audit-guest-room';
import { m0130CredentialsDoorActive } from './0130-credentials-door-active';

/** Append-only, in version order. */
export const migrations: readonly Migration[] = [
  m0072Baseline,
  m0080HeldChanges,
  m0090SearchKeyMinutes,
  m0100GuestDelivery,
  m0110RoomTypes,
  m0111NoShows,
  m0112GuestIdentity,
  m0113WalkInContact,
  m0120AuditGuestRoom,
  m0130CredentialsDoorActive,
];
