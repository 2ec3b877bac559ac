import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import type { DeliveryMessage } from '../../../../shared/domain/delivery';
import { words } from '../../i18n/words';
import { useFormat } from '../../ui/format';
import { useDesk } from '../../store';
import { GuestContactFields } from './GuestContactFields';
import './delivery.css';

function MessageLine({ m }: { m: DeliveryMessage }) {
  const { t } = useTranslation();
  const f = useFormat();
  const state =
    m.state === 'sent' && m.sentMs !== null ? t('delivery.state_sent', { when: f.moment(m.sentMs) }) : t(`delivery.state_${m.state}`);
  return (
    <li className={`delivery-line delivery-${m.state}`} data-state={m.state}>
      <span
        className={`chip chip-${m.state === 'sent' ? 'issued' : m.state === 'queued' || m.state === 'sending' ? 'pending' : m.state === 'superseded' ? 'revoked' : 'failed'}`}
      >
        {state}
      </span>
      <span>
        {t(`delivery.channel_${m.channel}`)} · {t(`delivery.kind_${m.kind}`)} → {m.recipient}
      </span>
      {m.reason && m.state !== 'sent' && <span className="delivery-reason">{words(m.reason)}</span>}
    </li>
  );
}

/**
 * The booking's guest messages: how the guest is reached (editable at the desk), whether a code
 * is issued by itself, what was sent and what failed (with the reason), and Resend / Copy / QR
 * for a clerk who answers the guest through an OTA's inbox.
 */
export function DeliveryBox({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const delivery = useDesk((s) => s.delivery);
  const loadDelivery = useDesk((s) => s.loadDelivery);
  const saveGuestContact = useDesk((s) => s.saveGuestContact);
  const resendDelivery = useDesk((s) => s.resendDelivery);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [language, setLanguage] = useState<'en' | 'es'>('en');
  const [said, setSaid] = useState<{ text: string; bad: boolean } | null>(null);
  const [qr, setQr] = useState(false);

  // Reloaded whenever the booking's detail is (every desk:changed of it refreshes the detail).
  useEffect(() => {
    void loadDelivery(detail.id);
  }, [detail, loadDelivery]);
  useEffect(() => {
    setEditing(false);
    setSaid(null);
    setQr(false);
  }, [detail.id]);

  const state = delivery?.bookingId === detail.id ? delivery.state : null;
  if (!state) return null;
  const startEdit = (): void => {
    setName(detail.guestName);
    setEmail(state.contact.email);
    setPhone(state.contact.phone);
    setLanguage(state.contact.language);
    setEditing(true);
    setSaid(null);
  };
  const save = async (): Promise<void> => {
    const failed = await saveGuestContact(detail, name, { email, phone, language });
    if (failed) return setSaid({ text: words(failed), bad: true });
    setEditing(false);
  };
  const resend = async (): Promise<void> => {
    const failed = await resendDelivery(detail.id);
    setSaid(failed ? { text: words(failed), bad: true } : null);
  };
  const copy = async (): Promise<void> => {
    if (!state.shareText) return;
    try {
      await navigator.clipboard.writeText(state.shareText);
      setSaid({ text: t('delivery.copied'), bad: false });
    } catch {
      setSaid({ text: t('delivery.copyFailed'), bad: true });
    }
  };
  const auto = state.auto;

  return (
    <section className="delivery" aria-label={t('delivery.title')}>
      <h2>{t('delivery.title')}</h2>
      {editing ? (
        <form
          className="delivery-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="field">
            {t('delivery.guestName')}
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoComplete="off" />
          </label>
          <GuestContactFields
            value={{ email, phone, language }}
            onChange={(c) => {
              setEmail(c.email);
              setPhone(c.phone);
              setLanguage(c.language);
            }}
          />
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(false)}>
              {t('delivery.cancel')}
            </button>
            <button type="submit" className="btn btn-primary">
              {t('delivery.saveContact')}
            </button>
          </div>
        </form>
      ) : (
        <div className="delivery-contact">
          <span data-testid="delivery-email">
            {t('delivery.email')}: <strong>{state.contact.email || t('delivery.none')}</strong>
          </span>
          <span data-testid="delivery-phone">
            {t('delivery.phone')}: <strong>{state.contact.phone || t('delivery.none')}</strong>
          </span>
          <button type="button" className="btn btn-secondary btn-small" onClick={startEdit}>
            {t('delivery.editContact')}
          </button>
        </div>
      )}
      {!state.reachable && !editing && (
        <p className="notice notice-info" role="status">
          {t('delivery.noContact')}
        </p>
      )}
      {auto.state === 'waiting' && auto.atMs !== null && (
        <p className="muted">{t('delivery.autoWaiting', { when: f.moment(auto.atMs) })}</p>
      )}
      {auto.state === 'issued' && <p className="muted">{t('delivery.autoIssued')}</p>}
      {auto.state === 'held' && <p className="notice notice-info">{t('delivery.autoHeld', { reason: words(auto.reason) })}</p>}
      {state.messages.length === 0 ? (
        <p className="muted">{t('delivery.noMessages')}</p>
      ) : (
        <ul className="delivery-lines">
          {state.messages.map((m) => (
            <MessageLine key={m.id} m={m} />
          ))}
        </ul>
      )}
      {said && (
        <p className={`notice ${said.bad ? 'notice-error' : 'notice-success'}`} role={said.bad ? 'alert' : 'status'}>
          {said.text}
        </p>
      )}
      {state.shareText && (
        <div className="delivery-actions">
          <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
            {t('delivery.copy')}
          </button>
          <button type="button" className="btn btn-secondary" aria-expanded={qr} onClick={() => setQr(!qr)}>
            {t(qr ? 'delivery.hideQr' : 'delivery.qr')}
          </button>
          {state.reachable && (
            <button type="button" className="btn btn-secondary" onClick={() => void resend()}>
              {t('delivery.resend')}
            </button>
          )}
        </div>
      )}
      {qr && state.shareQrSvg && (
        <div className="delivery-share">
          <img
            className="delivery-qr"
            alt={t('delivery.qrLabel')}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.shareQrSvg)}`}
          />
          <pre className="delivery-text">{state.shareText}</pre>
        </div>
      )}
    </section>
  );
}
