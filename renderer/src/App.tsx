import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditDialog } from './features/audit/AuditDialog';
import { BookingList } from './features/arrivals/BookingList';
import { BookingsButton } from './features/bookings/BookingsDialog';
import { BookingPanel } from './features/booking/BookingPanel';
import { WalkInDialog } from './features/booking/WalkInDialog';
import { ClockBanner } from './features/clock/ClockBanner';
import { CheckLocksButton } from './features/health/HealthViews';
import { ReaderButton } from './features/reader/ReaderButton';
import { SetupButton } from './features/setup/SetupWizard';
import { ChangePinButton } from './features/staff/ChangePin';
import { StaffGate, StaffLockButton } from './features/staff/StaffGate';
import { LANGUAGES, setLanguage } from './i18n';
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

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        // Two letters keep the top bar on one line with the property name readable; the accessible
        // name (and tooltip) is the language's own name.
        <button key={l.code} type="button" lang={l.code} className="btn btn-topbar btn-lang" aria-label={l.name} title={l.name} aria-pressed={i18n.language === l.code} onClick={() => setLanguage(l.code)}>
          {l.code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const { t } = useTranslation();
  const f = useFormat();
  const property = useDesk((s) => s.property);
  const demo = useDesk((s) => s.demo);
  const fatal = useDesk((s) => s.fatal);
  const now = useClock();
  const [dialog, setDialog] = useState<'walk-in' | 'audit' | null>(null);
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
          <button type="button" className="btn btn-topbar" onClick={() => setDialog('walk-in')}>
            {t('app.walkIn')}
          </button>
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
      {fatal ? (
        <main className="fatal" role="alert">
          {fatal}
        </main>
      ) : (
        <main className="columns">
          <div className="left">
            <BookingList />
            <CheckLocksButton />
          </div>
          <BookingPanel />
        </main>
      )}
      <WalkInDialog open={dialog === 'walk-in'} onClose={() => setDialog(null)} />
      <AuditDialog open={dialog === 'audit'} onClose={() => setDialog(null)} />
      <StaffGate />
    </div>
  );
}
