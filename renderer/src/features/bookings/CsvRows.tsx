import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../../shared/domain/booking-import';
import { words } from '../../i18n/words';
import { useFormat } from '../../ui/format';

/** The per-row report of a CSV preview (the core sends rows with errors first). */
export function CsvRows({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="bookings-table-wrap">
      <table className="bookings-table csv-rows" aria-describedby="csv-rows-note">
        <caption>
          {t('bookingsImport.csv.rows')}{' '}
          <span id="csv-rows-note" className="muted">
            {t('bookingsImport.csv.rowsNote')}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('bookingsImport.csv.line')}
            </th>
            <th scope="col">{t('bookingsImport.csv.ref')}</th>
            <th scope="col">{t('bookingsImport.csv.guest')}</th>
            <th scope="col">{t('bookingsImport.csv.room')}</th>
            <th scope="col">{t('bookingsImport.csv.stay')}</th>
            <th scope="col">{t('bookingsImport.csv.action')}</th>
            <th scope="col">{t('bookingsImport.csv.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line} data-line={r.line} className={r.action === 'error' ? 'csv-row-error' : undefined}>
              <td className="num">{r.line}</td>
              <td>{r.ref}</td>
              <td>{r.guestName}</td>
              <td>{r.roomType ? t('bookingsImport.mapping.roomOfType', { room: r.room, type: r.roomType }) : r.room}</td>
              <td className="nowrap">
                {r.arrivalMs === null ? '–' : f.moment(r.arrivalMs)}
                <br />→ {r.departureMs === null ? '–' : f.moment(r.departureMs)}
              </td>
              <td>
                <span className={`chip csv-action-${r.action}`}>{t(`bookingsImport.csv.actions.${r.action}`)}</span>
              </td>
              <td className="csv-problems">
                {r.errors.length + r.warnings.length > 0 && (
                  <ul className="import-list">
                    {r.errors.map((e, i) => (
                      <li key={`e${i}`} className="csv-row-problem">
                        {words(e)}
                      </li>
                    ))}
                    {r.warnings.map((w, i) => (
                      <li key={`w${i}`} className="muted">
                        {words(w)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
