import { useTranslation } from 'react-i18next';
import { shownStatus, type Booking } from '../../../../shared/domain/booking';
import { deskNow } from '../../store/deskNow';

/** The booking's status as a clerk reads it: a key handed over ahead reads "Key ready" until it opens. */
export function StatusBadge({ booking }: { booking: Pick<Booking, 'status' | 'arrivalMs' | 'accessFromMs'> }) {
  const { t } = useTranslation();
  const shown = shownStatus(booking, deskNow());
  return <span className={`badge badge-${shown}`}>{t(`status.${shown}`)}</span>;
}
