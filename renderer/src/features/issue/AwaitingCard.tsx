import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { DemoTap } from '../demo/DemoTap';
import { TypedCard } from '../demo/TypedCard';
import '../demo/demo.css';

/** Waiting for the tap: the next card read is issued to this guest (Escape stops waiting). */
export function AwaitingCard({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const cancelFlow = useDesk((s) => s.cancelFlow);
  return (
    <>
      <div className="actions awaiting" role="status">
        <div className="tap-prompt">
          <span className="tap-icon" aria-hidden="true" />
          <div>
            <strong>{t('actions.tapCard')}</strong>
            <span>{t('actions.tapCardHint', { doors: detail.doors.map((d) => d.name).join(', ') })}</span>
          </div>
        </div>
        <button type="button" className="btn btn-secondary" onClick={cancelFlow}>
          {t('actions.cancel')}
        </button>
      </div>
      <div className="awaiting-extras">
        <DemoTap />
        <TypedCard />
      </div>
    </>
  );
}

/** Progress while the gateways work: which action, which doors. */
export function Working({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const busy = useDesk((s) => s.busy);
  if (!busy) return null;
  return (
    <div className="actions working" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <strong>{t(`actions.working.${busy}`, { doors: detail.doors.map((d) => d.name).join(', ') })}</strong>
    </div>
  );
}
