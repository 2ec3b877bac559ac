import { useTranslation } from 'react-i18next';
import type { DoorHealth } from '../../../../shared/domain/lock-health';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { NoticeLine } from '../../ui/NoticeLine';
import { CloudOutage, DoorHealthLine } from '../health/HealthViews';
import { RemoteUnlockButton } from '../health/RemoteUnlock';
import { useIsManager } from '../staff/useIsManager';
import { DoorLogPanel } from './DoorLogPanel';
import './doors.css';

/** Every door once (a shared entrance serves every room), room doors first. */
function everyDoor(rooms: { doors: DoorHealth[] }[]): DoorHealth[] {
  const seen = new Map<number, DoorHealth>();
  for (const r of rooms) for (const d of r.doors) if (!seen.has(d.doorId)) seen.set(d.doorId, d);
  return [...seen.values()].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'room' ? -1 : 1));
}

/** Every lock of the property with its health, Unlock now for a manager, and its open log. */
export function DoorsView() {
  const { t } = useTranslation();
  const f = useFormat();
  const health = useDesk((s) => s.health);
  const checking = useDesk((s) => s.checkingLocks);
  const loadHealth = useDesk((s) => s.loadHealth);
  const loadDoorLog = useDesk((s) => s.loadDoorLog);
  const notice = useDesk((s) => s.notice);
  const shown = useDesk((s) => s.doorLog?.doorId ?? null);
  const manager = useIsManager();
  const doors = everyDoor(health?.rooms ?? []);
  return (
    <main className="doors-view" aria-labelledby="doors-title">
      <section className="doors-list" aria-labelledby="doors-title">
        <header className="doors-head">
          <h1 id="doors-title">{t('doors.title')}</h1>
          <button type="button" className="btn btn-secondary btn-small" disabled={checking} onClick={() => void loadHealth(true)}>
            {t('health.checkNow')}
          </button>
        </header>
        <p className="muted">
          {health?.checkedAtMs != null ? t('doors.checked', { when: f.moment(health.checkedAtMs) }) : t('health.unknown')}
        </p>
        <CloudOutage />
        {notice && <NoticeLine notice={notice} />}
        <ul className="doors-table" aria-label={t('doors.title')}>
          {doors.map((d) => (
            <li key={d.doorId} className="door-card" data-door={d.name} aria-current={shown === d.doorId ? 'true' : undefined}>
              <div>
                <strong>{d.name}</strong>
                <span className="door-kind">{t(d.kind === 'room' ? 'panel.roomDoor' : 'panel.sharedDoor')}</span>
                <DoorHealthLine door={d} />
                {d.problem && <span className="hp hp-offline">{d.problem}</span>}
              </div>
              <div className="door-card-actions">
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  aria-label={t('doors.openLogOf', { door: d.name })}
                  onClick={() => void loadDoorLog(d.doorId, 1)}
                >
                  {t('doors.openLog')}
                </button>
                {manager && <RemoteUnlockButton door={{ id: d.doorId, name: d.name }} />}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <DoorLogPanel />
    </main>
  );
}
