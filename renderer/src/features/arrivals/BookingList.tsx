import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Booking } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { formatStayMoment } from '../../ui/format';
import { ListFilter, matchesFilter } from './ListFilter';

function Section({ title, bookings, empty, timeZone, when }: { title: string; bookings: Booking[]; empty: string; timeZone: string; when: 'arrival' | 'departure' }) {
  const selectedId = useDesk((s) => s.selectedId);
  const select = useDesk((s) => s.select);
  const headingId = `list-${title.replace(/\s+/g, '-').toLowerCase()}`;
  return (
    <section className="list-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">{bookings.length}</span>
      </h2>
      {bookings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul>
          {bookings.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className={`booking-row${b.id === selectedId ? ' selected' : ''}`}
                aria-pressed={b.id === selectedId}
                onClick={() => void select(b.id)}
              >
                <span className="room-tag">{b.roomName}</span>
                <span className="guest">{b.guestName}</span>
                <span className="when">
                  {when === 'arrival' ? 'Arrives' : 'Leaves'} {formatStayMoment(when === 'arrival' ? b.arrivalMs : b.departureMs, timeZone)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function BookingList() {
  const { arrivals, inHouse } = useDesk(useShallow((s) => ({ arrivals: s.arrivals, inHouse: s.inHouse })));
  const timeZone = useDesk((s) => s.property?.timeZone ?? 'UTC');
  const [filter, setFilter] = useState('');
  const shown = (list: Booking[]) => list.filter((b) => matchesFilter(b, filter));
  return (
    <nav className="list" aria-label="Today's guests">
      <ListFilter value={filter} onChange={setFilter} />
      <Section title="Arriving today" bookings={shown(arrivals)} empty={filter ? 'No arrival matches.' : 'No more arrivals today.'} timeZone={timeZone} when="arrival" />
      <Section title="In house" bookings={shown(inHouse)} empty={filter ? 'Nobody in house matches.' : 'Nobody is checked in.'} timeZone={timeZone} when="departure" />
    </nav>
  );
}
