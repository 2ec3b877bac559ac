import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditDialog } from './features/audit/AuditDialog';
import { BookingList } from './features/arrivals/BookingList';
import { BookingsButton } from './features/bookings/BookingsDialog';
import { BookingPanel } from './features/booking/BookingPanel';
import { WalkInDialog } from './features/booking/WalkInDialog';
import { ClockBanner } from './features/clock/ClockBanner';
import { CheckLocksButton } from './features/health/HealthViews';
import { PrintTodayButton } from './features/today/TodayPrint';
import { RoomGridView } from './features/grid/RoomGridView';
import { ViewSwitch } from './features/grid/ViewSwitch';
import { DoorsView } from './features/doors/DoorsView';
import { ReaderButton } from './features/reader/ReaderButton';
import { SetupButton } from './features/setup/SetupWizard';
import { ChangePinButton } from './features/staff/ChangePin';
import { StaffGate, StaffLockButton } from './features/staff/StaffGate';
import { LanguageSwitch } from './features/language/LanguageSwitch';
import { useDesk } from './store';
import { useFormat } from './ui/format';

/** The desk's time (see store/deskNow.ts), which is the cloud's when this PC's clock is wrong (the banner says so). */
function useClock(): number {
  const offset = useDesk((s) => s.deskOffsetMs);
  const [pcNow, setPcNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setPcNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  return pcNow + offset;
}

/** Escape steps back out of a waiting flow (a card prompt, a confirmation) from anywhere. */
function useEscapeCancels(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const s = useDesk.getState();
      if (s.flow !== 'idle' && s.flow !== 'busy') s.cancelFlow();
      else if (s.identified) s.dismissIdentified();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const { t } = useTranslation();
  const f = useFormat();
  const property = useDesk((s) => s.property);
  const demo = useDesk((s) => s.demo);
  const fatal = useDesk((s) => s.fatal);
  const now = useClock();
  const [dialog, setDialog] = useState<'audit' | null>(null);
  const view = useDesk((s) => s.view);
  const walkIn = useDesk((s) => s.walkIn);
  const closeWalkIn = useDesk((s) => s.closeWalkIn);
  useEscapeCancels();
  return (
    <div className="desk">
      {/* 7b: the staff lock screen mounts here (<StaffLock/> from features/staff/), and the setup wizard (<SetupWizard/> from features/setup/) replaces <main> until the desk is set up. */}
      <header className="topbar">
        <div className="topbar-title">
          <span className="brand">{property?.name ?? t('app.title')}</span>
          {demo && (
            <span className="badge badge-demo" title={t('app.demoHint')}>
              {t('app.demo')}
            </span>
          )}
        </div>
        <div className="topbar-tools" role="group" aria-label={t('app.tools')}>
          <button type="button" className="btn btn-topbar" onClick={() => setDialog('audit')}>
            {t('app.audit')}
          </button>
          <BookingsButton />
          <ReaderButton />
          <SetupButton />
          <ChangePinButton />
          <StaffLockButton />
          <LanguageSwitch />
          {property && (
            <div className="topbar-clock" aria-label={t('app.clock')} role="group">
              <span>{f.shortDate(now)}</span>
              <strong>{f.time(now)}</strong>
            </div>
          )}
        </div>
      </header>
      <ClockBanner />
      {!fatal && <ViewSwitch />}
      {fatal ? (
        <main className="fatal" role="alert">
          {fatal}
        </main>
      ) : view === 'grid' ? (
        <RoomGridView />
      ) : view === 'doors' ? (
        <DoorsView />
      ) : (
        <main className="columns">
          <div className="left">
            <BookingList />
            <CheckLocksButton />
            <PrintTodayButton />
          </div>
          <BookingPanel />
        </main>
      )}
      {/* Keyed by the room asked for, so a walk-in from the grid starts with that room chosen. */}
      <WalkInDialog key={walkIn?.roomId ?? 'any'} open={walkIn !== null} initialRoomId={walkIn?.roomId ?? null} onClose={closeWalkIn} />
      <AuditDialog open={dialog === 'audit'} onClose={() => setDialog(null)} />
      <StaffGate />
    </div>
  );
}
