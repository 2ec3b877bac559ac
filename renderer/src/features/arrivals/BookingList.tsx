import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { shownStatus, type Booking } from '../../../../shared/domain/booking';
import { deskNow } from '../../store/deskNow';
import { GuestIdentity } from '../booking/GuestIdentity';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { roomHealth } from '../health/health';
import { RoomHealthTag } from '../health/HealthViews';
import { AttentionList } from '../attention/AttentionList';
import { SearchBox } from './SearchBox';
import './arrivals.css';

type When = 'arrival' | 'departure' | 'stay';

function BookingRow({ b, when }: { b: Booking; when: When }) {
  const { t } = useTranslation();
  const f = useFormat();
  const selected = useDesk((s) => s.selectedId === b.id);
  const select = useDesk((s) => s.select);
  const health = useDesk((s) => roomHealth(s.health, b.roomId));
  const shown = shownStatus(b, deskNow());
  const line =
    when === 'arrival'
      ? t('list.arrives', { when: f.moment(b.arrivalMs) })
      : when === 'departure'
        ? t('list.leaves', { when: f.moment(b.departureMs) })
        : t('list.stay', { from: f.moment(b.arrivalMs), to: f.moment(b.departureMs) });
  return (
    <li>
      <button
        type="button"
        className={`booking-row${selected ? ' selected' : ''}`}
        aria-pressed={selected}
        onClick={() => void select(b.id)}
      >
        <span className="room-tag">{b.roomName}</span>
        <span className="guest">
          {b.guestName}
          <GuestIdentity booking={b} />
        </span>
        <span className="when">
          {line}
          {(when === 'stay' || shown === 'key_ready') && <span className={`status-dot status-${shown}`}> · {t(`status.${shown}`)}</span>}
        </span>
        <span className="row-health">
          <RoomHealthTag room={health} />
        </span>
      </button>
    </li>
  );
}

function Section({ id, title, bookings, empty, when }: { id: string; title: string; bookings: Booking[]; empty: string; when: When }) {
  return (
    <section className="list-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">{bookings.length}</span>
      </h2>
      {bookings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul>
          {bookings.map((b) => (
            <BookingRow key={b.id} b={b} when={when} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function BookingList() {
  const { t } = useTranslation();
  const { arrivals, inHouse, departures, query, results } = useDesk(
    useShallow((s) => ({ arrivals: s.arrivals, inHouse: s.inHouse, departures: s.departures, query: s.query, results: s.results })),
  );
  // Guests in house who also leave today are listed once, under "Leaving today".
  const leaving = new Set(departures.map((b) => b.id));
  return (
    <nav className="list" aria-label={t('list.nav')}>
      <SearchBox />
      <div className="list-scroll">
        {query.trim() ? (
          results === null ? (
            <p className="empty" role="status">
              {t('list.searching')}
            </p>
          ) : (
            <Section id="list-results" title={t('list.results')} bookings={results} empty={t('list.noResults', { query })} when="stay" />
          )
        ) : (
          <>
            <AttentionList />
            <Section id="list-arrivals" title={t('list.arrivals')} bookings={arrivals} empty={t('list.noArrivals')} when="arrival" />
            <Section
              id="list-in-house"
              title={t('list.inHouse')}
              bookings={inHouse.filter((b) => !leaving.has(b.id))}
              empty={t('list.noInHouse')}
              when="departure"
            />
            <Section
              id="list-departures"
              title={t('list.departures')}
              bookings={departures}
              empty={t('list.noDepartures')}
              when="departure"
            />
          </>
        )}
      </div>
    </nav>
  );
}
