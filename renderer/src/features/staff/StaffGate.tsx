import { PIN_MIN_LENGTH } from '../../../../shared/domain/staff';
import { PinInput } from '../../ui/PinInput';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { LanguageSwitch } from '../language/LanguageSwitch';
import './staff.css';
import { words } from '../../i18n/words';

const HEARTBEAT_MS = 30_000;
const POLL_MS = 15_000;

/**
 * The staff PIN lock. The core decides whether the desk is locked (idle minutes, who is signed
 * in); this screen only asks it, shows a name picker and a PIN field, and tells the core about
 * input so an active clerk is not locked out. Renders nothing until staff members exist. The status
 * is the store's (read once at start, main.tsx); this screen is the one that polls it.
 */
export function StaffGate() {
  const { t } = useTranslation();
  const status = useDesk((s) => s.staff);
  const unlockStaff = useDesk((s) => s.unlockStaff);
  const [picked, setPicked] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lastBeat = useRef(0);

  useEffect(() => {
    const { loadStaff, staffActivity } = useDesk.getState();
    const t = setInterval(() => void loadStaff(), POLL_MS);
    const onInput = (): void => {
      // A wait, not a date: the monotonic clock, so a PC clock set back does not silence the heartbeat.
      if (performance.now() - lastBeat.current < HEARTBEAT_MS) return;
      lastBeat.current = performance.now();
      void staffActivity();
    };
    window.addEventListener('pointerdown', onInput);
    window.addEventListener('keydown', onInput);
    return () => {
      clearInterval(t);
      window.removeEventListener('pointerdown', onInput);
      window.removeEventListener('keydown', onInput);
    };
  }, []);

  if (status?.firstManager) return <FirstManager />;
  if (!status?.configured || !status.locked) return null;

  async function unlock(): Promise<void> {
    if (picked === null) return;
    const r = await unlockStaff(picked, pin);
    setPin('');
    if (!r.ok) return setError(words(r.msg));
    setError(null);
    setPicked(null);
  }

  return (
    <div className="staff-gate" role="dialog" aria-modal="true" aria-labelledby="staff-gate-title">
      <div className="staff-gate-card">
        <div className="staff-gate-head">
          <h2 id="staff-gate-title">{t('staff.lockedTitle')}</h2>
          <LanguageSwitch className="btn btn-secondary btn-lang" />
        </div>
        <p>{t('staff.prompt')}</p>
        <div className="staff-gate-names" role="group" aria-label={t('staff.names')}>
          {status.roster.map((m) => (
            <button key={m.id} type="button" className="btn btn-secondary" aria-pressed={picked === m.id} onClick={() => setPicked(m.id)}>
              {m.name}
            </button>
          ))}
        </div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          <label>
            {t('staff.pin')}
            <PinInput value={pin} onChange={setPin} disabled={picked === null} />
          </label>
          <button type="submit" className="btn btn-primary" disabled={picked === null || pin.length < PIN_MIN_LENGTH}>
            {t('staff.unlock')}
          </button>
        </form>
        {error && (
          <p className="staff-gate-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * A real-account desk with no staff: the core refuses everything but creating the first manager,
 * so this is the only screen until one exists. The new manager is signed in by the core.
 */
function FirstManager() {
  const { t } = useTranslation();
  const saveStaff = useDesk((s) => s.saveStaff);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function create(): Promise<void> {
    const r = await saveStaff({ name, role: 'manager', pin });
    setPin('');
    if (!r.ok) return setError(words(r.msg));
    setError(null);
  }
  return (
    <div className="staff-gate" role="dialog" aria-modal="true" aria-labelledby="staff-first-title">
      <div className="staff-gate-card">
        <h2 id="staff-first-title">{t('staff.firstTitle')}</h2>
        <p>{t('staff.firstPrompt')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label>
            {t('staff.firstName')}
            <input value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('staff.firstPin')}
            <PinInput value={pin} onChange={setPin} />
          </label>
          <button type="submit" className="btn btn-primary" disabled={!name.trim() || pin.length < PIN_MIN_LENGTH}>
            {t('staff.firstCreate')}
          </button>
        </form>
        {error && (
          <p className="staff-gate-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/** A padlock, so the button says "lock" in any language and leaves the top bar's width to the name. */
function LockIcon() {
  return (
    <svg className="staff-lock-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/** A top-bar button: lock the desk now (end of shift, stepping away). Shows who is signed in. */
export function StaffLockButton() {
  const { t } = useTranslation();
  const status = useDesk((s) => s.staff);
  const lockStaff = useDesk((s) => s.lockStaff);
  if (!status?.configured) return null;
  return (
    <button
      type="button"
      className="btn btn-topbar staff-lock"
      aria-label={status.current ? t('staff.lockAs', { name: status.current.name }) : undefined}
      title={status.current ? t('staff.lockAs', { name: status.current.name }) : undefined}
      onClick={() => void lockStaff()}
    >
      {status.current ? (
        // The name gives way (ellipsis) before the clock or the property name does; the full words stay the accessible name.
        <>
          <LockIcon />
          <span className="staff-who">{status.current.name}</span>
        </>
      ) : (
        t('staff.lock')
      )}
    </button>
  );
}
