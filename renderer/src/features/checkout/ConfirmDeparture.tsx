import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';

/** Check-out and cancellation ask once, in words, before anything is revoked. */
export function ConfirmDeparture({ detail, kind }: { detail: BookingDetail; kind: 'checkout' | 'cancel' }) {
  const { t } = useTranslation();
  const confirmCheckOut = useDesk((s) => s.confirmCheckOut);
  const confirmCancel = useDesk((s) => s.confirmCancel);
  const cancelFlow = useDesk((s) => s.cancelFlow);
  return (
    <div className="actions confirm" role="group" aria-labelledby="confirm-question">
      <p id="confirm-question">
        {kind === 'checkout' ? t('actions.askCheckOut', { guest: detail.guestName }) : t('actions.askCancel', { guest: detail.guestName })}
      </p>
      <button
        type="button"
        className="btn btn-danger"
        autoFocus
        onClick={() => void (kind === 'checkout' ? confirmCheckOut() : confirmCancel())}
      >
        {kind === 'checkout' ? t('actions.confirmCheckOut', { room: detail.roomName }) : t('actions.confirmCancel', { ref: detail.ref })}
      </button>
      <button type="button" className="btn btn-secondary" onClick={cancelFlow}>
        {kind === 'checkout' ? t('actions.keep') : t('actions.keepBooking')}
      </button>
    </div>
  );
}
