import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import type { Credential } from '../../../../shared/domain/credential';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';
import { useFormat } from '../../ui/format';
import { roomHealth } from '../health/health';
import { DoorHealthLine } from '../health/HealthViews';
import { RemoteUnlockButton } from '../health/RemoteUnlock';
import { useIsManager } from '../staff/useIsManager';
import { credentialsOfDoor, isOfflineCode } from './credentials';

function CredentialLine({ c }: { c: Credential }) {
  const { t } = useTranslation();
  const f = useFormat();
  const offline = isOfflineCode(c);
  const name =
    c.kind === 'card' ? t('cred.card', { secret: c.secret }) : c.secret ? t('cred.code', { secret: c.secret }) : t('cred.codeComing');
  return (
    <div className={`cred cred-${c.state}`} data-kind={c.kind}>
      <span className={`chip chip-${c.state}`} data-state={c.state}>
        {t(`cred.${c.state}`)}
      </span>
      <span className="cred-secret">{name}</span>
      {offline && <span className="cred-tag">{t('cred.offline')}</span>}
      {(c.state === 'issued' || c.state === 'pending') && (
        <span className="cred-window">
          {c.kind === 'card'
            ? t('cred.until', { when: f.moment(c.endMs) })
            : t('cred.window', { from: f.moment(c.startMs), to: f.moment(c.endMs) })}
        </span>
      )}
      {/* A revoked credential carries a message only when it still opens the door (a lock with no gateway). */}
      {c.error && c.state !== 'issued' && <span className="cred-error">{words(c.error)}</span>}
    </div>
  );
}

/** Each door of the stay with its lock's health and every card and code on it. */
export function DoorList({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const health = useDesk((s) => roomHealth(s.health, detail.roomId));
  // Asked once for the list, not once per door (each ask is an IPC call and a listener).
  const manager = useIsManager();
  return (
    <ul className="doors" aria-label={t('panel.doors')}>
      {detail.doors.map((door) => {
        const creds = credentialsOfDoor(detail, door.id);
        const waiting = creds.filter((c) => c.state === 'pending' || c.state === 'revoking').length;
        const over = detail.status === 'checked_out' || detail.status === 'cancelled';
        return (
          <li key={door.id} className="door-row" data-door={door.name}>
            <div className="door-name">
              <span className={`door-icon door-${door.kind}`} aria-hidden="true" />
              <div>
                <strong>{door.name}</strong>
                <span className="door-kind">{door.kind === 'room' ? t('panel.roomDoor') : t('panel.sharedDoor')}</span>
                <DoorHealthLine door={health?.doors.find((d) => d.doorId === door.id)} pending={waiting} />
                {manager && <RemoteUnlockButton door={door} />}
              </div>
            </div>
            <div className="door-creds">
              {creds.length === 0 ? (
                <span className="muted">{t(over ? 'cred.noneAfter' : 'cred.none')}</span>
              ) : (
                creds.map((c) => <CredentialLine key={c.id} c={c} />)
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
