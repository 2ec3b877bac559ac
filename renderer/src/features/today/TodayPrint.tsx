import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Booking } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { deskNow } from '../../store/deskNow';
import { useFormat } from '../../ui/format';
import './today-print.css';

type When = 'arrival' | 'departure';

function ListTable({ id, title, bookings, when, empty }: { id: string; title: string; bookings: Booking[]; when: When; empty: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="today-print-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({bookings.length})
      </h2>
      {bookings.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('today.room')}</th>
              <th scope="col">{t('today.guest')}</th>
              <th scope="col">{t(when === 'arrival' ? 'today.arrives' : 'today.leaves')}</th>
              <th scope="col">{t('today.ref')}</th>
              <th scope="col">{t('today.status')}</th>
              <th scope="col" className="today-print-tick">
                {t('today.done')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((b) => (
              <tr key={b.id}>
                <td className="today-print-room">{b.roomName}</td>
                <td>{b.guestName}</td>
                <td>{f.moment(when === 'arrival' ? b.arrivalMs : b.departureMs)}</td>
                <td>{b.ref}</td>
                <td>{t(`status.${b.status}`)}</td>
                <td className="today-print-tick" aria-hidden="true">
                  ☐
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * Today's lists on paper (arrivals, guests in house, departures), in the clerk's language: a sheet
 * over the desk with Print and Close; the print stylesheet prints the sheet alone. The browser's
 * print dialog (Electron's too) offers the printer or "Save as PDF".
 */
function TodaySheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const property = useDesk((s) => s.property?.name ?? '');
  const { arrivals, inHouse, departures } = useDesk(
    useShallow((s) => ({ arrivals: s.arrivals, inHouse: s.inHouse, departures: s.departures })),
  );
  const leaving = new Set(departures.map((b) => b.id));
  const printRef = useRef<HTMLButtonElement>(null);
  const now = deskNow();
  useEffect(() => {
    printRef.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    document.body.classList.add('printing-today');
    return () => {
      window.removeEventListener('keydown', onKey);
      document.body.classList.remove('printing-today');
    };
  }, [onClose]);
  return createPortal(
    <div className="today-print" role="dialog" aria-modal="true" aria-labelledby="today-print-title">
      <div className="today-print-bar">
        <button ref={printRef} type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('today.print')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('today.close')}
        </button>
      </div>
      <article className="today-print-paper">
        <header>
          <h1 id="today-print-title">{t('today.title', { property })}</h1>
          <p>
            {f.longDate(now)} · {t('today.printedAt', { time: f.time(now) })}
          </p>
        </header>
        <ListTable id="today-arrivals" title={t('list.arrivals')} bookings={arrivals} when="arrival" empty={t('list.noArrivals')} />
        <ListTable
          id="today-in-house"
          title={t('list.inHouse')}
          bookings={inHouse.filter((b) => !leaving.has(b.id))}
          when="departure"
          empty={t('list.noInHouse')}
        />
        <ListTable
          id="today-departures"
          title={t('list.departures')}
          bookings={departures}
          when="departure"
          empty={t('list.noDepartures')}
        />
      </article>
    </div>,
    document.body,
  );
}

export function PrintTodayButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-secondary btn-small" onClick={() => setOpen(true)}>
        {t('today.open')}
      </button>
      {open && <TodaySheet onClose={() => setOpen(false)} />}
    </>
  );
}
