import { useEffect, useState } from 'react';
import { BookingList } from './features/arrivals/BookingList';
import { BookingPanel } from './features/booking/BookingPanel';
import { ReaderButton } from './features/reader/ReaderButton';
import { useDesk } from './store';
import { formatDate, formatTime } from './ui/format';

function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

export function App() {
  const property = useDesk((s) => s.property);
  const demo = useDesk((s) => s.demo);
  const fatal = useDesk((s) => s.fatal);
  const now = useClock();
  return (
    <div className="desk">
      <header className="topbar">
        <div className="topbar-title">
          <span className="brand">{property?.name ?? 'Sifely Front Desk'}</span>
          {demo && (
            <span className="badge badge-demo" title="No Sifely account is set up: the desk uses its built-in simulator.">
              Demo mode
            </span>
          )}
        </div>
        <div className="topbar-tools">
          <ReaderButton />
          {property && (
            <div className="topbar-clock" aria-label="Property date and time">
              <span>{formatDate(now, property.timeZone)}</span>
              <strong>{formatTime(now, property.timeZone)}</strong>
            </div>
          )}
        </div>
      </header>
      {fatal ? (
        <main className="fatal" role="alert">
          {fatal}
        </main>
      ) : (
        <main className="columns">
          <BookingList />
          <BookingPanel />
        </main>
      )}
    </div>
  );
}
