import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { HowCell, ResultCell } from './LogCells';
import './doors.css';

/**
 * The booking's own log: every door this guest's cards and codes opened (or tried), from the same
 * cached records as the Doors view. Asked for by the clerk, since each door is a cloud request; the
 * guest's first opened door is when they arrived.
 */
export function BookingLogBox({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const all = useDesk((s) => s.bookingLog);
  const loading = useDesk((s) => s.bookingLogLoading);
  const load = useDesk((s) => s.loadBookingLog);
  const log = all?.bookingId === detail.id ? all : null;
  const first = log?.arrivedAtMs != null ? [...log.entries].reverse().find((e) => e.success) : undefined;
  return (
    <section className="booking-log" aria-labelledby="booking-log-title" aria-busy={loading}>
      <header className="booking-log-head">
        <h2 id="booking-log-title">{t('doors.bookingLog')}</h2>
        {log?.arrivedAtMs != null && <span className="badge badge-arrived">{t('doors.arrivedBadge')}</span>}
        <button type="button" className="btn btn-secondary btn-small" disabled={loading} onClick={() => void load(detail.id)}>
          {t('doors.bookingLogShow')}
        </button>
      </header>
      {loading && (
        <p className="muted" role="status">
          {t('doors.reading')}
        </p>
      )}
      {log && (
        <>
          <p className="booking-log-arrival">
            {first ? t('doors.arrived', { when: f.moment(first.atMs), door: first.doorName }) : t('doors.notArrived')}
          </p>
          {log.incompleteDoors.length > 0 && <p className="muted">{t('doors.incomplete', { doors: log.incompleteDoors.join(', ') })}</p>}
          {log.entries.length === 0 ? (
            <p className="muted">{t('doors.bookingLogNone')}</p>
          ) : (
            <table className="door-log-table" aria-label={t('doors.bookingLogTitle')}>
              <thead>
                <tr>
                  <th scope="col">{t('doors.when')}</th>
                  <th scope="col">{t('doors.door')}</th>
                  <th scope="col">{t('doors.how')}</th>
                  <th scope="col">{t('doors.result')}</th>
                </tr>
              </thead>
              <tbody>
                {log.entries.map((e) => (
                  <tr key={`${e.doorId}-${e.recordId}-${e.atMs}`}>
                    <td>{f.moment(e.atMs)}</td>
                    <td>{e.doorName}</td>
                    <HowCell how={e.how} secret={e.secret} />
                    <ResultCell success={e.success} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted">{t('doors.asked', { when: f.time(log.fetchedAtMs) })}</p>
        </>
      )}
    </section>
  );
}
