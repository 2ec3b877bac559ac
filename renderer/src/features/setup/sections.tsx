import { PinInput } from '../../ui/PinInput';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskSettings } from '../../../../shared/domain/desk-settings';
import type { SetupLock, SetupState } from '../../../../shared/domain/setup';
import { PIN_MIN_LENGTH, type StaffMember, type StaffRole } from '../../../../shared/domain/staff';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';
import { deskNow } from '../../store/deskNow';
import { TimeZoneSelect } from './TimeZoneSelect';
import { SharedDoorsPicker } from './SharedDoorsPicker';

type Say = (text: string | null, bad?: boolean) => void;
type Props = { state: SetupState; reload: () => Promise<void>; say: Say };

const submit = (fn: () => Promise<void>) => (e: FormEvent) => {
  e.preventDefault();
  void fn();
};

export function AccountSection({ state, say }: Props) {
  const { t } = useTranslation();
  const [account, setAccount] = useState(state.account ?? '');
  const [password, setPassword] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const sifelyLogin = useDesk((s) => s.sifelyLogin);
  const go = async (): Promise<void> => {
    say(t('setup.account.signingIn'));
    const r = await sifelyLogin({ account, password, ...(baseUrl ? { baseUrl } : {}) });
    setPassword(''); // the password leaves the renderer once, in that request
    if (!r.ok) return say(words(r.msg), true);
    say(
      `${t('setup.account.signedInAs', { account: r.value.account, count: r.value.locks })} ${t(r.value.restartRequired ? 'setup.account.restart' : 'setup.account.sessionOnly')}`,
    );
  };
  return (
    <form className="setup-form" onSubmit={submit(go)}>
      <p>{t(state.demo ? 'setup.account.demoIntro' : 'setup.account.signedIn')}</p>
      <label>
        {t('setup.account.account')}
        <input value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t('setup.account.password')}
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t('setup.account.server')}
        <input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="https://cus-openapi.sifely.com" />
      </label>
      <button type="submit" className="btn btn-primary" disabled={!account || !password}>
        {t('setup.account.submit')}
      </button>
    </form>
  );
}

export function RoomsSection({ state, locks, reload, say }: Props & { locks: SetupLock[] }) {
  const { t } = useTranslation();
  const [roomId, setRoomId] = useState<number | undefined>(undefined);
  const [name, setName] = useState('');
  const [lockId, setLockId] = useState<number | null>(null);
  const [shared, setShared] = useState<number[]>([]);
  const saveRoom = useDesk((s) => s.saveRoom);
  const lockName = (id: number): string =>
    locks.find((l) => l.lockId === id)?.name ?? state.doors.find((d) => d.lockId === id)?.name ?? `Lock ${id}`;
  const roomLocks = locks.filter((l) => l.door?.kind !== 'shared');
  const sharedLocks = locks.filter((l) => l.door?.kind !== 'room' && l.lockId !== lockId);
  const edit = (id: number): void => {
    const r = state.rooms.find((x) => x.id === id)!;
    setRoomId(r.id);
    setName(r.name);
    setLockId(r.door.lockId);
    setShared(r.sharedDoors.map((d) => d.lockId));
  };
  const save = async (): Promise<void> => {
    if (lockId === null) return;
    const r = await saveRoom({
      ...(roomId ? { roomId } : {}),
      name,
      door: { lockId, name: lockName(lockId) },
      sharedDoors: shared.map((id) => ({ lockId: id, name: lockName(id) })),
    });
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.rooms.saved', { room: r.value.name, doors: [r.value.door, ...r.value.sharedDoors].map((d) => d.name).join(', ') }));
    setRoomId(undefined);
    setName('');
    setLockId(null);
    setShared([]);
    await reload();
  };
  return (
    <div className="setup-rooms">
      <table className="setup-table">
        <thead>
          <tr>
            <th>{t('setup.rooms.room')}</th>
            <th>{t('setup.rooms.door')}</th>
            <th>{t('setup.rooms.sharedDoors')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {state.rooms.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{r.door.name}</td>
              <td>{r.sharedDoors.map((d) => d.name).join(', ') || '—'}</td>
              <td>
                <button type="button" className="btn btn-secondary" onClick={() => edit(r.id)}>
                  {t('setup.rooms.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="setup-form" onSubmit={submit(save)} aria-label={t('setup.rooms.form')}>
        <h3>{t(roomId ? 'setup.rooms.editTitle' : 'setup.rooms.newTitle')}</h3>
        <label>
          {t('setup.rooms.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('setup.rooms.ownLock')}
          <select value={lockId ?? ''} onChange={(e) => setLockId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('setup.rooms.chooseLock')}</option>
            {roomLocks.map((l) => (
              <option key={l.lockId} value={l.lockId}>
                {l.door ? t('setup.rooms.inUse', { lock: l.name }) : l.name}
              </option>
            ))}
          </select>
        </label>
        <SharedDoorsPicker legend={t('setup.rooms.sharedLegend')} locks={sharedLocks} chosen={shared} onChange={setShared} />
        <button type="submit" className="btn btn-primary" disabled={!name.trim() || lockId === null}>
          {t('setup.rooms.save')}
        </button>
      </form>
    </div>
  );
}

export function PropertySection({ state, reload, say }: Props) {
  const { t } = useTranslation();
  const p = state.property;
  const [name, setName] = useState(p?.name ?? '');
  const [timeZone, setTimeZone] = useState(p?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [checkInTime, setIn] = useState(p?.checkInTime ?? '15:00');
  const [checkOutTime, setOut] = useState(p?.checkOutTime ?? '11:00');
  const saveProperty = useDesk((s) => s.saveProperty);
  const save = async (): Promise<void> => {
    const r = await saveProperty({ name, timeZone, checkInTime, checkOutTime });
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.property.saved'));
    await reload();
  };
  return (
    <form className="setup-form" onSubmit={submit(save)}>
      <label>
        {t('setup.property.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <TimeZoneSelect value={timeZone} onChange={setTimeZone} nowMs={deskNow()} />
      <label>
        {t('setup.property.checkIn')}
        <input type="time" value={checkInTime} onChange={(e) => setIn(e.target.value)} />
      </label>
      <label>
        {t('setup.property.checkOut')}
        <input type="time" value={checkOutTime} onChange={(e) => setOut(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
        {t('setup.property.save')}
      </button>
    </form>
  );
}

/** The one LAN host booking feeds may come from (a NAS, the PMS); empty → the internet only. The core judges every address. */
export function FeedHostSection({ state, reload, say }: Props) {
  const { t } = useTranslation();
  const [host, setHost] = useState(state.settings.feedLanHost ?? '');
  const saveSettings = useDesk((s) => s.saveSettings);
  const save = async (): Promise<void> => {
    const r = await saveSettings({ feedLanHost: host.trim() || null });
    if (!r.ok) return say(words(r.msg), true);
    setHost(r.value.feedLanHost ?? '');
    say(r.value.feedLanHost ? t('setup.property.feedHostSaved', { host: r.value.feedLanHost }) : t('setup.property.feedHostCleared'));
    await reload();
  };
  return (
    <form className="setup-form" onSubmit={submit(save)} aria-label={t('setup.property.feedHostTitle')}>
      <h3>{t('setup.property.feedHostTitle')}</h3>
      <p>{t('setup.property.feedHostIntro')}</p>
      <label>
        {t('setup.property.feedHost')}
        <input value={host} onChange={(e) => setHost(e.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      <button type="submit" className="btn btn-primary">
        {t('setup.property.feedHostSave')}
      </button>
    </form>
  );
}

/** The scrubbed diagnostics export for support: the core writes it into the data folder's exports and answers where. */
export function SupportSection({ say }: { say: Say }) {
  const { t } = useTranslation();
  const [guestNames, setGuestNames] = useState(false);
  const [busy, setBusy] = useState(false);
  const [folder, setFolder] = useState<string | null>(null);
  const exportDiagnostics = useDesk((s) => s.exportDiagnostics);
  const go = async (): Promise<void> => {
    setBusy(true);
    say(t('setup.support.exporting'));
    const r = await exportDiagnostics({ guestNames });
    setBusy(false);
    if (!r.ok) return say(words(r.msg), true);
    say(null);
    setFolder(r.value.folder);
  };
  return (
    <form className="setup-form" onSubmit={submit(go)} aria-label={t('setup.steps.support')}>
      <p>{t('setup.support.intro')}</p>
      <label className="setup-check">
        <input type="checkbox" checked={guestNames} onChange={(e) => setGuestNames(e.target.checked)} />
        {t('setup.support.guestNames')}
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('setup.support.export')}
      </button>
      {folder && (
        <p className="setup-message setup-path" role="status">
          {t('setup.support.saved', { folder })}
        </p>
      )}
    </form>
  );
}

export function SlipSection({ state, printers, reload, say }: Props & { printers: { name: string; displayName: string }[] }) {
  const { t } = useTranslation();
  const [s, setS] = useState<DeskSettings>(state.settings);
  const saveSettings = useDesk((st) => st.saveSettings);
  const set = <K extends keyof DeskSettings>(k: K, v: DeskSettings[K]): void => setS({ ...s, [k]: v });
  const save = async (): Promise<void> => {
    const r = await saveSettings(s);
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.slip.saved'));
    await reload();
  };
  return (
    <form className="setup-form" onSubmit={submit(save)}>
      <label>
        {t('setup.slip.printer')}
        <select value={s.printerName ?? ''} onChange={(e) => set('printerName', e.target.value || null)}>
          <option value="">{t(state.canPrint ? 'setup.slip.noPrinterPdf' : 'setup.slip.browserDialog')}</option>
          {printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.displayName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('setup.slip.size')}
        <select value={s.pageSize} onChange={(e) => set('pageSize', e.target.value === 'A4' ? 'A4' : '80mm')}>
          <option value="80mm">{t('setup.slip.receipt')}</option>
          <option value="A4">{t('setup.slip.a4')}</option>
        </select>
      </label>
      <label>
        {t('setup.slip.language')}
        <LanguageSelect value={s.language} onChange={(language) => set('language', language)} />
      </label>
      <label>
        {t('setup.slip.houseText')}
        <textarea rows={3} value={s.houseText} onChange={(e) => set('houseText', e.target.value)} />
      </label>
      <label>
        {t('setup.slip.qrText')}
        <input value={s.qrText} onChange={(e) => set('qrText', e.target.value)} />
      </label>
      <label>
        {t('setup.slip.passcodeDigits')}
        <input type="number" min={4} max={9} value={s.passcodeLength} onChange={(e) => set('passcodeLength', Number(e.target.value))} />
      </label>
      <label>
        {t('setup.slip.idleLock')}
        <input type="number" min={1} max={240} value={s.idleLockMinutes} onChange={(e) => set('idleLockMinutes', Number(e.target.value))} />
      </label>
      <button type="submit" className="btn btn-primary">
        {t('setup.slip.save')}
      </button>
    </form>
  );
}

export function StaffSection({ staff, reload, say }: Omit<Props, 'state'> & { staff: StaffMember[] }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>(staff.length === 0 ? 'manager' : 'desk');
  const [pin, setPin] = useState('');
  const saveStaff = useDesk((s) => s.saveStaff);
  const removeStaff = useDesk((s) => s.removeStaff);
  const add = async (): Promise<void> => {
    const r = await saveStaff({ name, role, pin });
    setPin('');
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.staff.added', { name: r.value.name, role: t(`setup.staff.role.${r.value.role}`) }));
    setName('');
    await reload();
  };
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [newPin, setNewPin] = useState('');
  const reset = async (): Promise<void> => {
    if (!resetting) return;
    // A manager resets someone's PIN with the member's own name and role: only the PIN changes.
    const r = await saveStaff({ id: resetting.id, name: resetting.name, role: resetting.role, pin: newPin });
    setNewPin('');
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.staff.pinReset', { name: r.value.name }));
    setResetting(null);
  };
  const remove = async (id: number): Promise<void> => {
    const r = await removeStaff({ id });
    if (!r.ok) return say(words(r.msg), true);
    await reload();
  };
  return (
    <div>
      <ul className="setup-staff">
        {staff.map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong> — {t(m.role === 'manager' ? 'setup.staff.role.manager' : 'setup.staff.role.desk')}{' '}
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                setResetting(m);
                setNewPin('');
              }}
            >
              {t('setup.staff.resetPin')}
            </button>{' '}
            <button type="button" className="btn btn-secondary" onClick={() => void remove(m.id)}>
              {t('setup.staff.remove')}
            </button>
          </li>
        ))}
      </ul>
      {resetting && (
        <form className="setup-form" onSubmit={submit(reset)} aria-label={t('setup.staff.newPinFor', { name: resetting.name })}>
          <label>
            {t('setup.staff.newPinFor', { name: resetting.name })}
            <PinInput value={newPin} onChange={setNewPin} autoFocus />
          </label>
          <div>
            <button type="submit" className="btn btn-primary" disabled={newPin.length < PIN_MIN_LENGTH}>
              {t('setup.staff.savePin')}
            </button>{' '}
            <button type="button" className="btn btn-secondary" onClick={() => setResetting(null)}>
              {t('setup.staff.cancel')}
            </button>
          </div>
        </form>
      )}
      <form className="setup-form" onSubmit={submit(add)} aria-label={t('setup.staff.form')}>
        <label>
          {t('setup.staff.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('setup.staff.roleLabel')}
          <select value={role} onChange={(e) => setRole(e.target.value === 'manager' ? 'manager' : 'desk')}>
            <option value="desk">{t('setup.staff.roleOption.desk')}</option>
            <option value="manager">{t('setup.staff.roleOption.manager')}</option>
          </select>
        </label>
        <label>
          {t('setup.staff.pin')}
          <PinInput value={pin} onChange={setPin} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={!name.trim() || pin.length < PIN_MIN_LENGTH}>
          {t('setup.staff.add')}
        </button>
      </form>
    </div>
  );
}
