import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Door } from '../../../../shared/domain/door';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';

type Phase = { kind: 'ask' } | { kind: 'busy' } | { kind: 'opened'; atMs: number } | { kind: 'failed'; reason: string };

/**
 * A manager's "Unlock now" for one door: asks first, then opens it through its gateway
 * ('lock:unlock', §10.16) and says in plain words what happened. Hidden from desk clerks; the core
 * refuses them anyway.
 */
export function RemoteUnlockButton({ door }: { door: Pick<Door, 'id' | 'name'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'ask' });
  const unlockDoor = useDesk((s) => s.unlockDoor);

  async function unlock(): Promise<void> {
    setPhase({ kind: 'busy' });
    const r = await unlockDoor({ doorId: door.id });
    setPhase(r.ok ? { kind: 'opened', atMs: r.value.atMs } : { kind: 'failed', reason: words(r.msg) });
  }

  return (
    <>
      <button
        type="button"
        className="btn btn-secondary btn-small remote-unlock"
        aria-label={t('health.unlockNowDoor', { door: door.name })}
        onClick={() => {
          setPhase({ kind: 'ask' });
          setOpen(true);
        }}
      >
        {t('health.unlockNow')}
      </button>
      <Dialog open={open} title={t('health.unlockTitle', { door: door.name })} onClose={() => setOpen(false)}>
        {phase.kind === 'opened' ? (
          <p className="notice notice-success" role="status">
            {t('health.unlocked', { door: door.name, time: f.time(phase.atMs) })}
          </p>
        ) : phase.kind === 'failed' ? (
          <p className="notice notice-error" role="alert">
            {t('health.unlockFailed', { door: door.name, reason: phase.reason })}
          </p>
        ) : (
          <div className="unlock-confirm" role="group" aria-labelledby="unlock-question">
            <p id="unlock-question">{t('health.unlockQuestion', { door: door.name })}</p>
            {/* No autoFocus: the dialog focuses its Close first, so a stray Enter never opens a door. */}
            <button type="button" className="btn btn-danger" disabled={phase.kind === 'busy'} onClick={() => void unlock()}>
              {phase.kind === 'busy' ? t('health.unlocking') : t('health.unlockConfirm', { door: door.name })}
            </button>
            <button type="button" className="btn btn-secondary" disabled={phase.kind === 'busy'} onClick={() => setOpen(false)}>
              {t('health.unlockKeep')}
            </button>
          </div>
        )}
      </Dialog>
    </>
  );
}
