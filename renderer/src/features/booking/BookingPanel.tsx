import type { BookingDetail } from '../../../../shared/domain/booking';
import type { Credential } from '../../../../shared/domain/credential';
import { useDesk } from '../../store';
import { formatStayMoment } from '../../ui/format';
import { BookingActions } from './BookingActions';

const STATE_TEXT: Record<Credential['state'], string> = {
  pending: 'Programming…',
  issued: 'Issued',
  failed: 'Not issued',
  revoking: 'Revocation pending',
  revoked: 'Revoked',
};

const STATUS_TEXT: Record<BookingDetail['status'], string> = {
  booked: 'Expected',
  checked_in: 'Checked in',
  checked_out: 'Checked out',
  cancelled: 'Cancelled',
};

function DoorRow({ door, cards, timeZone }: { door: BookingDetail['doors'][number]; cards: Credential[]; timeZone: string }) {
  return (
    <li className="door-row" data-door={door.name}>
      <div className="door-name">
        <span className={`door-icon door-${door.kind}`} aria-hidden="true" />
        <div>
          <strong>{door.name}</strong>
          <span className="door-kind">{door.kind === 'room' ? 'Room door' : 'Shared door'}</span>
        </div>
      </div>
      <div className="door-creds">
        {cards.length === 0 ? (
          <span className="muted">No card yet</span>
        ) : (
          cards.map((c) => (
            <div key={c.id} className="cred">
              <span className={`chip chip-${c.state}`} data-state={c.state}>
                {STATE_TEXT[c.state]}
              </span>
              <span className="cred-secret">Card {c.secret}</span>
              {c.state === 'issued' && <span className="muted">until {formatStayMoment(c.endMs, timeZone)}</span>}
              {c.error && (c.state === 'failed' || c.state === 'revoking') && <span className="cred-error">{c.error}</span>}
            </div>
          ))
        )}
      </div>
    </li>
  );
}

export function BookingPanel() {
  const detail = useDesk((s) => s.detail);
  const timeZone = useDesk((s) => s.property?.timeZone ?? 'UTC');
  const notice = useDesk((s) => s.notice);

  if (!detail) {
    return (
      <section className="panel panel-empty" aria-label="Selected guest">
        <p>Select a guest on the left to issue a card or check them out.</p>
        {notice && <p className={`notice notice-${notice.tone}`} role="status">{notice.text}</p>}
      </section>
    );
  }
  return (
    <section className="panel" aria-label="Selected guest">
      <header className="panel-head">
        <div>
          <h1>{detail.guestName}</h1>
          <p className="stay">
            Room <strong>{detail.roomName}</strong> · {formatStayMoment(detail.arrivalMs, timeZone)} → {formatStayMoment(detail.departureMs, timeZone)}
          </p>
        </div>
        <span className={`badge badge-${detail.status}`}>{STATUS_TEXT[detail.status]}</span>
      </header>
      <h2 className="sub">Doors</h2>
      <ul className="doors">
        {detail.doors.map((d) => (
          <DoorRow key={d.id} door={d} cards={detail.credentials.filter((c) => c.doorId === d.id)} timeZone={timeZone} />
        ))}
      </ul>
      {notice && (
        <p className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <BookingActions detail={detail} />
    </section>
  );
}
