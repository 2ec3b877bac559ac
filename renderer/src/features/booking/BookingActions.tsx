import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { ConfirmDeparture } from '../checkout/ConfirmDeparture';
import { AwaitingCard, Working } from '../issue/AwaitingCard';
import { ChooseLostCard } from '../lost/ChooseLostCard';
import { SlipAction } from '../slip/SlipAction';
import { activeCards } from './credentials';
import { NoShowAction } from './NoShowAction';

export type StayDialog = 'dates' | 'room';

/** The actions bar: one flow at a time, so nothing can be done twice by accident. */
export function BookingActions({ detail, onChange }: { detail: BookingDetail; onChange: (mode: StayDialog) => void }) {
  const { t } = useTranslation();
  const flow = useDesk((s) => s.flow);
  const startIssueCard = useDesk((s) => s.startIssueCard);
  const issuePasscode = useDesk((s) => s.issuePasscode);
  const askCheckOut = useDesk((s) => s.askCheckOut);
  const askCancel = useDesk((s) => s.askCancel);
  const askLost = useDesk((s) => s.askLost);
  const open = detail.status === 'booked' || detail.status === 'checked_in';
  const hasCards = activeCards(detail).length > 0;

  if (flow === 'busy') return <Working detail={detail} />;
  if (flow === 'awaiting-card') return <AwaitingCard detail={detail} />;
  if (flow === 'confirm-checkout') return <ConfirmDeparture detail={detail} kind="checkout" />;
  if (flow === 'confirm-cancel') return <ConfirmDeparture detail={detail} kind="cancel" />;
  if (flow === 'choose-lost') return <ChooseLostCard detail={detail} />;

  return (
    <div className="actions" role="group" aria-label={t('panel.actions')}>
      <div className="actions-main">
        <button type="button" className="btn btn-primary" disabled={!open} onClick={startIssueCard}>
          {t('actions.issueCard')}
        </button>
        <button type="button" className="btn btn-primary" disabled={!open} onClick={() => void issuePasscode()}>
          {t('actions.issuePasscode')}
        </button>
        <SlipAction bookingId={detail.id} disabled={detail.status === 'cancelled'} />
        <button type="button" className="btn btn-secondary btn-checkout" disabled={detail.status !== 'checked_in'} onClick={askCheckOut}>
          {t('actions.checkOut')}
        </button>
      </div>
      <div className="actions-more">
        <button type="button" className="btn btn-secondary" disabled={!open} onClick={() => onChange('dates')}>
          {t('actions.change')}
        </button>
        <button type="button" className="btn btn-secondary" disabled={!open} onClick={() => onChange('room')}>
          {t('actions.move')}
        </button>
        <button type="button" className="btn btn-secondary" disabled={!hasCards} onClick={askLost}>
          {t('actions.reportLost')}
        </button>
        <button type="button" className="btn btn-secondary btn-quiet-danger" disabled={!open} onClick={askCancel}>
          {t('actions.cancelBooking')}
        </button>
        <NoShowAction key={detail.id} detail={detail} />
      </div>
    </div>
  );
}
