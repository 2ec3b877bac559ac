import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { activeCards } from '../booking/credentials';

/** "Report lost card" from the booking: pick which of the guest's cards (often the only one). */
export function ChooseLostCard({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const reportLost = useDesk((s) => s.reportLost);
  const cancelFlow = useDesk((s) => s.cancelFlow);
  return (
    <div className="actions confirm" role="group" aria-labelledby="lost-question">
      <p id="lost-question">{t('actions.whichLost')}</p>
      {activeCards(detail).map((card, i) => (
        <button key={card} type="button" className="btn btn-danger" autoFocus={i === 0} onClick={() => void reportLost(card)}>
          {t('actions.reportThisLost', { secret: card })}
        </button>
      ))}
      <button type="button" className="btn btn-secondary" onClick={cancelFlow}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
