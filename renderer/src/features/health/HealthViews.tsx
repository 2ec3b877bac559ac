import { useTranslation } from 'react-i18next';
import type { DoorHealth, RoomHealth } from '../../../../shared/domain/lock-health';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { LOW_BATTERY, roomWarnings } from './health';
import './health.css';

/**
 * Battery, gateway and waiting work of one door, in one calm line. Inside a booking, `pending` is
 * that guest's own waiting work: a shared door's count covers every guest.
 */
export function DoorHealthLine({ door, pending }: { door: DoorHealth | undefined; pending?: number }) {
  const { t } = useTranslation();
  if (!door) return null;
  const gateway =
    door.hasGateway === false ? 'noGateway' : door.gatewayOnline === true ? 'online' : door.gatewayOnline === false ? 'offline' : 'unknown';
  const low = door.battery !== null && door.battery < LOW_BATTERY;
  const waiting = pending ?? door.pendingOps;
  return (
    <span className="door-health" data-gateway={gateway}>
      <span className={`hp hp-${gateway}`}>{t(`health.${gateway}`)}</span>
      <span className={`hp${low ? ' hp-offline' : ''}`}>
        {door.battery === null ? t('health.batteryUnknown') : t(low ? 'health.lowBattery' : 'health.battery', { level: door.battery })}
      </span>
      {waiting > 0 && <span className="hp hp-pending">{t('health.pending', { count: waiting })}</span>}
    </span>
  );
}

/** The short problem tag beside a room in the lists; nothing when all is well (calm by default). */
export function RoomHealthTag({ room }: { room: RoomHealth | undefined }) {
  const { t } = useTranslation();
  const doors = room?.doors ?? [];
  const bad = doors.find((d) => d.hasGateway === false);
  const offline = doors.find((d) => d.hasGateway !== false && d.gatewayOnline === false);
  const low = doors.find((d) => d.battery !== null && d.battery < LOW_BATTERY);
  // Only the room's own door: a shared door's queue belongs to every guest, not to this room.
  const pending = doors.filter((d) => d.kind === 'room').reduce((n, d) => n + d.pendingOps, 0);
  if (bad) return <span className="room-health hp-noGateway">{t('health.noGateway')}</span>;
  if (offline) return <span className="room-health hp-offline">{t('health.offline')}</span>;
  if (pending > 0) return <span className="room-health hp-pending">{t('health.pending', { count: pending })}</span>;
  if (low?.battery != null) return <span className="room-health hp-offline">{t('health.lowBattery', { level: low.battery })}</span>;
  return null;
}

/** The warnings to read before giving a guest this room. */
export function RoomWarnings({ room }: { room: RoomHealth | undefined }) {
  const { t } = useTranslation();
  const warnings = roomWarnings(room);
  if (!room) return null;
  if (warnings.length === 0)
    return (
      <p className="health-ok" data-testid="room-health-ok">
        {t('health.roomOk', { room: room.name })}
      </p>
    );
  return (
    <ul className="health-warnings" aria-label={t('panel.doors')}>
      {warnings.map((w) => (
        <li key={`${w.msg.key}-${w.door}`} className={`health-warning health-${w.severity}`} role="alert">
          {words(w.msg)}
        </li>
      ))}
    </ul>
  );
}

export function CheckLocksButton() {
  const { t } = useTranslation();
  const f = useFormat();
  const checking = useDesk((s) => s.checkingLocks);
  const checkedAt = useDesk((s) => s.health?.checkedAtMs ?? null);
  const loadHealth = useDesk((s) => s.loadHealth);
  return (
    <div className="check-locks">
      <CloudOutage />
      <button type="button" className="btn btn-secondary btn-small" disabled={checking} onClick={() => void loadHealth(true)}>
        {t('health.checkNow')}
      </button>
      {checkedAt !== null && <span className="muted">{t('health.checked', { when: f.time(checkedAt) })}</span>}
    </div>
  );
}

/** The lock cloud stopped answering: say so, and how old the battery and gateway facts on screen are. */
export function CloudOutage() {
  const { t } = useTranslation();
  const f = useFormat();
  const since = useDesk((s) => s.health?.unreachableSinceMs ?? null);
  const checkedAt = useDesk((s) => s.health?.checkedAtMs ?? null);
  if (since === null) return null;
  return (
    <p className="health-outage" role="alert" data-testid="cloud-outage">
      {checkedAt === null
        ? t('health.unreachableNever', { since: f.time(since) })
        : t('health.unreachable', { since: f.time(since), when: f.moment(checkedAt) })}
    </p>
  );
}
