import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { HowCell, ResultCell } from './LogCells';

/** The chosen door's open log, newest first, a page at a time; a guest's entry opens their booking. */
export function DoorLogPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const log = useDesk((s) => s.doorLog);
  const loading = useDesk((s) => s.doorLogLoading);
  const loadDoorLog = useDesk((s) => s.loadDoorLog);
  const openStay = useDesk((s) => s.openStay);
  if (!log)
    return (
      <section className="door-log panel" aria-label={t('doors.logEmpty')}>
        <p className="muted" role={loading ? 'status' : undefined}>
          {t(loading ? 'doors.reading' : 'doors.pickDoor')}
        </p>
      </section>
    );
  return (
    <section className="door-log panel" aria-labelledby="door-log-title" aria-busy={loading}>
      <h2 id="door-log-title">{t('doors.logTitle', { door: log.doorName })}</h2>
      {log.page === 1 && (
        <p className={`door-bolt door-bolt-${log.openState ?? 'unknown'}`}>
          {log.openState ? t(`doors.bolt.${log.openState}`) : t('doors.boltUnknown')}
        </p>
      )}
      <p className="muted" role={loading ? 'status' : undefined}>
        {loading ? t('doors.reading') : t('doors.asked', { when: f.time(log.fetchedAtMs) })}
      </p>
      {log.entries.length === 0 ? (
        <p>{t('doors.noEntries')}</p>
      ) : (
        <table className="door-log-table">
          <thead>
            <tr>
              <th scope="col">{t('doors.when')}</th>
              <th scope="col">{t('doors.how')}</th>
              <th scope="col">{t('doors.who')}</th>
              <th scope="col">{t('doors.result')}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={`${e.recordId}-${e.atMs}`}>
                <td>{f.moment(e.atMs)}</td>
                <HowCell how={e.how} secret={e.secret} />
                <td>
                  {e.bookingId !== null ? (
                    <button type="button" className="link-button" onClick={() => openStay(e.bookingId!)}>
                      {e.guestName}
                    </button>
                  ) : (
                    <span className="muted">{t('doors.notAGuest')}</span>
                  )}
                </td>
                <ResultCell success={e.success} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          disabled={loading || log.page <= 1}
          onClick={() => void loadDoorLog(log.doorId, log.page - 1)}
        >
          {t('doors.newer')}
        </button>
        <span className="muted">{t('doors.page', { page: log.page, pages: log.pages })}</span>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          disabled={loading || log.page >= log.pages}
          onClick={() => void loadDoorLog(log.doorId, log.page + 1)}
        >
          {t('doors.older')}
        </button>
      </div>
    </section>
  );
}
