import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { NoticeLine } from '../../ui/NoticeLine';
import { ChangeDialog } from '../change/ChangeDialog';
import { OutcomeReport } from '../issue/OutcomeReport';
import { CardIdentity } from '../lost/CardIdentity';
import { BookingActions, type StayDialog } from './BookingActions';
import { DoorList } from './DoorList';
import { StatusBadge } from './StatusBadge';
import { DeliveryBox } from '../delivery/DeliveryBox';
import { shownRef } from '../../../../shared/domain/booking';
import { BookingLogBox } from '../doors/BookingLogBox';
import { DemoIntro } from '../demo/DemoIntro';
import { DemoTap } from '../demo/DemoTap';
import { TypedCard } from '../demo/TypedCard';
import './booking.css';

/** The right-hand side: a tapped card's owner, else the selected booking, else a hint. */
export function BookingPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const detail = useDesk((s) => s.detail);
  const identified = useDesk((s) => s.identified);
  const notice = useDesk((s) => s.notice);
  const [dialog, setDialog] = useState<StayDialog | null>(null);
  const stayRequest = useDesk((s) => s.stayRequest);
  const takeStayRequest = useDesk((s) => s.takeStayRequest);
  // The Needs-attention list asks for this booking's Move / Change dates dialog.
  useEffect(() => {
    if (!stayRequest || detail?.id !== stayRequest.bookingId) return;
    setDialog(stayRequest.mode);
    takeStayRequest();
  }, [stayRequest, detail?.id, takeStayRequest]);

  if (identified)
    return (
      <section className="panel" aria-label={t('identify.label')}>
        {notice && <NoticeLine notice={notice} />}
        <CardIdentity />
      </section>
    );
  if (!detail)
    return (
      <section className="panel panel-empty" aria-label={t('panel.label')}>
        <DemoIntro />
        <p>{t('panel.empty')}</p>
        {notice && <NoticeLine notice={notice} />}
        <DemoTap />
        <TypedCard />
      </section>
    );
  return (
    <section className="panel" aria-label={t('panel.label')}>
      <header className="panel-head">
        <div>
          <h1>{detail.guestName}</h1>
          <p className="stay">
            {t('panel.room')} <strong>{detail.roomName}</strong> · {f.moment(detail.arrivalMs)} → {f.moment(detail.departureMs)}
          </p>
          <p className="ref muted" data-testid="booking-ref">
            {t('panel.ref', { ref: shownRef(detail) })}
            {detail.phoneLast4 ? ` · ${t('panel.phoneLast4', { digits: detail.phoneLast4 })}` : ''}
          </p>
          {detail.contact && (
            <p className="muted" data-testid="booking-contact">
              {t('panel.contact', { contact: detail.contact })}
            </p>
          )}
        </div>
        <StatusBadge booking={detail} />
      </header>
      {/* The outcome of the last action comes first: it is what the clerk is waiting to read. */}
      <OutcomeReport detail={detail} />
      {notice && <NoticeLine notice={notice} />}
      <DoorList detail={detail} />
      <BookingActions detail={detail} onChange={setDialog} />
      <DeliveryBox detail={detail} />
      <BookingLogBox detail={detail} />
      <ChangeDialog detail={detail} mode={dialog} onClose={() => setDialog(null)} />
    </section>
  );
}
