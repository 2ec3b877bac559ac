import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import './no-show.css';
import { words } from '../../i18n/words';

/**
 * "No-show" on an arrival: asks once, then the core revokes anything issued, cancels the stay and
 * marks it (refusing before the arrival time, with the reason). A marked stay shows the mark.
 */
export function NoShowAction({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const markNoShow = useDesk((s) => s.markNoShow);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (detail.noShowMs) return <span className="chip chip-no-show">{t('noShow.marked')}</span>;
  if (detail.status !== 'booked' && detail.status !== 'checked_in') return null;

  const confirm = async (): Promise<void> => {
    setBusy(true);
    const failed = await markNoShow(detail.id);
    setBusy(false);
    setAsking(false);
    setProblem(failed ? words(failed) : null);
  };

  return (
    <span className="no-show">
      {asking ? (
        <span role="group" aria-label={t('noShow.ask', { guest: detail.guestName })} className="no-show-ask">
          <span>{t('noShow.ask', { guest: detail.guestName })}</span>
          <button type="button" className="btn btn-secondary" autoFocus onClick={() => setAsking(false)} disabled={busy}>
            {t('noShow.keep')}
          </button>
          <button type="button" className="btn btn-secondary btn-quiet-danger" onClick={() => void confirm()} disabled={busy}>
            {t('noShow.confirm')}
          </button>
        </span>
      ) : (
        <button type="button" className="btn btn-secondary btn-quiet-danger" onClick={() => setAsking(true)}>
          {t('noShow.button')}
        </button>
      )}
      {problem && (
        <span className="notice notice-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
