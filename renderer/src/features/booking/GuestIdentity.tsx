import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/domain/booking';

/**
 * What a feed says of who the guest is, beside the name in the lists: the reservation code the
 * guest quotes and the last 4 digits of their phone. Nothing for a booking whose source gives neither.
 */
export function GuestIdentity({ booking }: { booking: Pick<Booking, 'resCode' | 'phoneLast4'> }) {
  const { t } = useTranslation();
  const parts = [booking.resCode, booking.phoneLast4 ? t('panel.phoneLast4', { digits: booking.phoneLast4 }) : ''].filter(Boolean);
  if (parts.length === 0) return null;
  return <span className="guest-identity"> · {parts.join(' · ')}</span>;
}
