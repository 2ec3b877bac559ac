import { useState, type FormEvent } from 'react';
import type { DeskSettings } from '../../../../shared/domain/desk-settings';
import type { SetupLock, SetupState } from '../../../../shared/domain/setup';
import type { StaffMember, StaffRole } from '../../../../shared/domain/staff';
import { desk } from '../../api/bridge';

type Say = (text: string | null, bad?: boolean) => void;
type Props = { state: SetupState; reload: () => Promise<void>; say: Say };

const submit = (fn: () => Promise<void>) => (e: FormEvent) => {
  e.preventDefault();
  void fn();
};

export function AccountSection({ state, say }: Props) {
  const [account, setAccount] = useState(state.account ?? '');
  const [password, setPassword] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const go = async (): Promise<void> => {
    say('Signing in…');
    const r = await desk.invoke('setup:sifely-login', { account, password, ...(baseUrl ? { baseUrl } : {}) });
    setPassword(''); // the password leaves the renderer once, in that request
    if (!r.ok) return say(r.message, true);
    say(`Signed in as ${r.value.account}: ${r.value.locks} lock(s). ${r.value.restartRequired ? 'The desk restarts now to use this account.' : 'Kept for this session only (demo/preview).'}`);
  };
  return (
    <form className="setup-form" onSubmit={submit(go)}>
      <p>{state.demo ? 'The desk runs in demo mode on the built-in lock simulator. Sign in with the Sifely account to use real locks, or stay in demo mode.' : 'Signed in to Sifely.'}</p>
      <label>Sifely account (e-mail or phone)<input value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="off" /></label>
      <label>Password<input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" /></label>
      <label>Server (leave empty for Sifely's own)<input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="https://cus-openapi.sifely.com" /></label>
      <button type="submit" className="btn btn-primary" disabled={!account || !password}>Sign in and test</button>
    </form>
  );
}

export function RoomsSection({ state, locks, reload, say }: Props & { locks: SetupLock[] }) {
  const [roomId, setRoomId] = useState<number | undefined>(undefined);
  const [name, setName] = useState('');
  const [lockId, setLockId] = useState<number | null>(null);
  const [shared, setShared] = useState<number[]>([]);
  const lockName = (id: number): string => locks.find((l) => l.lockId === id)?.name ?? state.doors.find((d) => d.lockId === id)?.name ?? `Lock ${id}`;
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
    const r = await desk.invoke('setup:save-room', {
      ...(roomId ? { roomId } : {}),
      name,
      door: { lockId, name: lockName(lockId) },
      sharedDoors: shared.map((id) => ({ lockId: id, name: lockName(id) })),
    });
    if (!r.ok) return say(r.message, true);
    say(`Room ${r.value.name} saved: ${[r.value.door, ...r.value.sharedDoors].map((d) => d.name).join(', ')}.`);
    setRoomId(undefined);
    setName('');
    setLockId(null);
    setShared([]);
    await reload();
  };
  return (
    <div className="setup-rooms">
      <table className="setup-table">
        <thead><tr><th>Room</th><th>Door</th><th>Shared doors</th><th /></tr></thead>
        <tbody>
          {state.rooms.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td><td>{r.door.name}</td><td>{r.sharedDoors.map((d) => d.name).join(', ') || '—'}</td>
              <td><button type="button" className="btn btn-secondary" onClick={() => edit(r.id)}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="setup-form" onSubmit={submit(save)} aria-label="Room">
        <h3>{roomId ? 'Edit room' : 'New room'}</h3>
        <label>Room name<input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>
          The room's own lock
          <select value={lockId ?? ''} onChange={(e) => setLockId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Choose a lock…</option>
            {roomLocks.map((l) => (
              <option key={l.lockId} value={l.lockId}>{l.name}{l.door ? ' (in use)' : ''}</option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Shared doors (entrance, gym…)</legend>
          {sharedLocks.map((l) => (
            <label key={l.lockId} className="setup-check">
              <input type="checkbox" checked={shared.includes(l.lockId)} onChange={(e) => setShared(e.target.checked ? [...shared, l.lockId] : shared.filter((x) => x !== l.lockId))} />
              {l.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn btn-primary" disabled={!name.trim() || lockId === null}>Save room</button>
      </form>
    </div>
  );
}

export function PropertySection({ state, reload, say }: Props) {
  const p = state.property;
  const [name, setName] = useState(p?.name ?? '');
  const [timeZone, setTimeZone] = useState(p?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [checkInTime, setIn] = useState(p?.checkInTime ?? '15:00');
  const [checkOutTime, setOut] = useState(p?.checkOutTime ?? '11:00');
  const save = async (): Promise<void> => {
    const r = await desk.invoke('setup:save-property', { name, timeZone, checkInTime, checkOutTime });
    if (!r.ok) return say(r.message, true);
    say('Property saved.');
    await reload();
  };
  return (
    <form className="setup-form" onSubmit={submit(save)}>
      <label>Property name<input value={name} onChange={(e) => setName(e.target.value)} /></label>
      <label>Time zone<input value={timeZone} onChange={(e) => setTimeZone(e.target.value)} placeholder="Europe/Madrid" /></label>
      <label>Check-in time<input type="time" value={checkInTime} onChange={(e) => setIn(e.target.value)} /></label>
      <label>Check-out time<input type="time" value={checkOutTime} onChange={(e) => setOut(e.target.value)} /></label>
      <button type="submit" className="btn btn-primary" disabled={!name.trim()}>Save property</button>
    </form>
  );
}

export function SlipSection({ state, printers, reload, say }: Props & { printers: { name: string; displayName: string }[] }) {
  const [s, setS] = useState<DeskSettings>(state.settings);
  const set = <K extends keyof DeskSettings>(k: K, v: DeskSettings[K]): void => setS({ ...s, [k]: v });
  const save = async (): Promise<void> => {
    const r = await desk.invoke('setup:save-settings', s);
    if (!r.ok) return say(r.message, true);
    say('Settings saved.');
    await reload();
  };
  return (
    <form className="setup-form" onSubmit={submit(save)}>
      <label>
        Printer
        <select value={s.printerName ?? ''} onChange={(e) => set('printerName', e.target.value || null)}>
          <option value="">{state.canPrint ? 'No printer: save slips as PDF' : "The browser's print dialog"}</option>
          {printers.map((p) => <option key={p.name} value={p.name}>{p.displayName}</option>)}
        </select>
      </label>
      <label>
        Slip size
        <select value={s.pageSize} onChange={(e) => set('pageSize', e.target.value === 'A4' ? 'A4' : '80mm')}>
          <option value="80mm">80 mm receipt</option>
          <option value="A4">A4 sheet</option>
        </select>
      </label>
      <label>House text on the slip (Wi-Fi, breakfast…)<textarea rows={3} value={s.houseText} onChange={(e) => set('houseText', e.target.value)} /></label>
      <label>QR code text (e.g. WIFI:T:WPA;S:network;P:password;;)<input value={s.qrText} onChange={(e) => set('qrText', e.target.value)} /></label>
      <label>Passcode digits<input type="number" min={4} max={9} value={s.passcodeLength} onChange={(e) => set('passcodeLength', Number(e.target.value))} /></label>
      <label>Lock the desk after (minutes idle)<input type="number" min={1} max={240} value={s.idleLockMinutes} onChange={(e) => set('idleLockMinutes', Number(e.target.value))} /></label>
      <button type="submit" className="btn btn-primary">Save settings</button>
    </form>
  );
}

export function StaffSection({ staff, reload, say }: Omit<Props, 'state'> & { staff: StaffMember[] }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>(staff.length === 0 ? 'manager' : 'desk');
  const [pin, setPin] = useState('');
  const add = async (): Promise<void> => {
    const r = await desk.invoke('staff:save', { name, role, pin });
    setPin('');
    if (!r.ok) return say(r.message, true);
    say(`${r.value.name} added as ${r.value.role}.`);
    setName('');
    window.dispatchEvent(new Event('staff:changed'));
    await reload();
  };
  const remove = async (id: number): Promise<void> => {
    const r = await desk.invoke('staff:remove', { id });
    if (!r.ok) return say(r.message, true);
    window.dispatchEvent(new Event('staff:changed'));
    await reload();
  };
  return (
    <div>
      <ul className="setup-staff">
        {staff.map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong> — {m.role === 'manager' ? 'manager' : 'desk'}{' '}
            <button type="button" className="btn btn-secondary" onClick={() => void remove(m.id)}>Remove</button>
          </li>
        ))}
      </ul>
      <form className="setup-form" onSubmit={submit(add)} aria-label="Staff member">
        <label>Name<input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value === 'manager' ? 'manager' : 'desk')}>
            <option value="desk">Desk</option>
            <option value="manager">Manager</option>
          </select>
        </label>
        <label>PIN (4–8 digits)<input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} /></label>
        <button type="submit" className="btn btn-primary" disabled={!name.trim() || pin.length < 4}>Add staff member</button>
      </form>
    </div>
  );
}
