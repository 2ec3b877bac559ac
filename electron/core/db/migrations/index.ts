import type { Migration } from '../migrate';
import { m0010Initial } from './0010-initial';
import { m0020BookingsStore } from './0020-bookings-store';
import { m0021BookingEvents } from './0021-booking-events';
import { m0022FeedsAndImportMappings } from './0022-feeds-and-import-mappings';
import { m0023SearchOrderKey } from './0023-search-order-key';
import { m0030OutboxAudit } from './0030-outbox-audit';
import { m0040ReaderProfiles } from './0040-reader-profiles';
import { m0050StaffAndSettings } from './0050-staff-and-settings';
import { m0060OutboxVerify } from './0060-outbox-verify';
import { m0070CredentialErrorMessage } from './0070-credential-error-message';
import { m0071FeedErrorMessage } from './0071-feed-error-message';
import { m0072AuditDetailMessage } from './0072-audit-detail-message';
import { m0080HeldChanges } from './0080-held-changes';
import { m0090SearchKeyMinutes } from './0090-search-key-minutes';
import { m0100GuestDelivery } from './0100-guest-delivery';
import { m0110RoomTypes } from './0110-room-types';
import { m0111NoShows } from './0111-no-shows';
import { m0112GuestIdentity } from './0112-guest-identity';
import { m0113WalkInContact } from './0113-walk-in-contact';
import { m0120AuditGuestRoom } from './0120-audit-guest-room';

/** Append-only, in version order. */
export const migrations: readonly Migration[] = [m0010Initial, m0020BookingsStore, m0021BookingEvents, m0022FeedsAndImportMappings, m0023SearchOrderKey, m0030OutboxAudit, m0040ReaderProfiles, m0050StaffAndSettings, m0060OutboxVerify, m0070CredentialErrorMessage, m0071FeedErrorMessage, m0072AuditDetailMessage, m0080HeldChanges, m0090SearchKeyMinutes, m0100GuestDelivery, m0110RoomTypes, m0111NoShows, m0112GuestIdentity, m0113WalkInContact, m0120AuditGuestRoom];
