import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';

/** "Whose card is this?": the answer to a tap when the desk was not waiting for a card. */
export function CardIdentity() {
  const { t } = useTranslation();
  const f = useFormat();
  const identified = useDesk((s) => s.identified);
  const dismiss = useDesk((s) => s.dismissIdentified);
  const reportLost = useDesk((s) => s.reportLost);
  const cardReturned = useDesk((s) => s.cardReturned);
  const select = useDesk((s) => s.select);
  const busy = useDesk((s) => s.flow === 'busy');
  if (!identified) return null;
  const { cardNumber, booking } = identified;
  if (!booking)
    return (
      <section className="identity" aria-labelledby="identity-title">
        <h1 id="identity-title" className="identity-unknown">
          {t('identify.unknown', { card: cardNumber })}
        </h1>
        <p className="muted">{t('identify.unknownHint')}</p>
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={dismiss}>
            {t('actions.close')}
          </button>
        </div>
      </section>
    );
  const creds = booking.credentials.filter((c) => c.kind === 'card' && c.secret === cardNumber);
  const live = creds.filter((c) => c.state === 'issued' || c.state === 'pending');
  const until = Math.max(...(live.length > 0 ? live : creds).map((c) => c.endMs));
  return (
    <section className="identity" aria-labelledby="identity-title" data-testid="card-identity">
      <p className="identity-kicker">{t('identify.whose', { card: cardNumber })}</p>
      <header className="panel-head">
        <div>
          <h1 id="identity-title">{booking.guestName}</h1>
          <p className="stay">
            {t('panel.room')} <strong>{booking.roomName}</strong> ·{' '}
            {live.length > 0 ? t('identify.validUntil', { when: f.moment(until) }) : t('identify.noLongerActive')}
          </p>
        </div>
        <span className={`badge badge-${booking.status}`}>{t(`status.${booking.status}`)}</span>
      </header>
      <h2 className="sub">{t('identify.state')}</h2>
      <ul className="doors">
        {creds.map((c) => (
          <li key={c.id} className="door-row" data-door={c.doorName}>
            <strong>{c.doorName}</strong>
            <div className="cred">
              <span className={`chip chip-${c.state}`} data-state={c.state}>
                {t(`cred.${c.state}`)}
              </span>
              {(c.state === 'issued' || c.state === 'pending') && (
                <span className="cred-window">{t('cred.until', { when: f.moment(c.endMs) })}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
      {live.length === 0 && <p className="muted">{t('identify.noLongerActive')}</p>}
      <div className="actions">
        {live.length > 0 && (
          <>
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void reportLost(cardNumber)}>
              {t('identify.reportLost')}
            </button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void cardReturned(cardNumber)}>
              {t('identify.handedBack')}
            </button>
          </>
        )}
        <button type="button" className="btn btn-secondary" onClick={() => void select(booking.id)}>
          {t('identify.openBooking')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={dismiss}>
          {t('actions.close')}
        </button>
      </div>
    </section>
  );
}
