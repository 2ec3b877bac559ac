import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "4 days", "3 hours", "7 minutes": the unit a person would use to set the clock right. */
function useAmount(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => {
    const abs = Math.abs(ms);
    if (abs >= DAY - HOUR / 2) return t('clockBanner.days', { count: Math.round(abs / DAY) });
    if (abs >= HOUR - MINUTE / 2) return t('clockBanner.hours', { count: Math.round(abs / HOUR) });
    return t('clockBanner.minutes', { count: Math.round(abs / MINUTE) });
  };
}

/**
 * Shown while the lock cloud's answers say this PC's clock is more than two minutes off. The desk
 * already works on the cloud's time (the core decides that); this asks a person to fix the PC.
 */
export function ClockBanner() {
  const { t } = useTranslation();
  const pcAheadMs = useDesk((s) => s.pcAheadMs);
  const amount = useAmount();
  if (pcAheadMs === null) return null;
  return (
    <div className="clock-banner" role="alert">
      <strong>{t(pcAheadMs > 0 ? 'clockBanner.ahead' : 'clockBanner.behind', { amount: amount(pcAheadMs) })}</strong>
      <span>{t('clockBanner.meanwhile')}</span>
    </div>
  );
}
