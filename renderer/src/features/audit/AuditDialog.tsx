import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import './audit.css';

const ACTIONS = [
  'issue-card',
  'issue-passcode',
  'check-out',
  'cancel',
  'report-lost-card',
  'card-returned',
  'change-stay',
  'booking-changed',
  'print-slip',
  'night-audit',
  'staff-unlock',
  'staff-added',
  'staff-changed',
  'staff-removed',
  'staff-lockout',
  'staff-pin-changed',
  'setup-sifely',
  'setup-room',
  'setup-property',
  'setup-settings',
  'remote-unlock',
] as const;
/** Names the core writes in the Staff column when no person did it (electron/core/staff/session.ts, access/engine.ts). */
const CORE_WHO = ['system', 'desk'] as const;
const LIMITS = [50, 200, 1000] as const;
const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** The audit log, newest first, filtered by action and (optionally) the selected guest. */
export function AuditDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const entries = useDesk((s) => s.auditEntries);
  const error = useDesk((s) => s.auditError);
  const loadAudit = useDesk((s) => s.loadAudit);
  const selected = useDesk((s) => s.detail);
  const [action, setAction] = useState('');
  const [onlyGuest, setOnlyGuest] = useState(false);
  const [limit, setLimit] = useState<number>(50);
  const bookingId = onlyGuest ? selected?.id : undefined;
  const load = (): Promise<void> => loadAudit({ ...(action ? { action } : {}), ...(bookingId !== undefined ? { bookingId } : {}), limit });

  useEffect(() => {
    if (open) void loadAudit({ ...(action ? { action } : {}), ...(bookingId !== undefined ? { bookingId } : {}), limit });
  }, [open, action, bookingId, limit, loadAudit]);

  const label = (a: string): string => (isOneOf(ACTIONS, a) ? t(`audit.actions.${a}`) : a);
  const who = (s: string): string => (isOneOf(CORE_WHO, s) ? t(`audit.who.${s}`) : s);
  return (
    <Dialog open={open} title={t('audit.title')} onClose={onClose} wide>
      <div className="audit-filters">
        <label className="field">
          {t('audit.action')}
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('audit.allActions')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {label(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('audit.limit')}
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={onlyGuest} disabled={!selected} onChange={(e) => setOnlyGuest(e.target.checked)} />
          {t('audit.thisGuest')}
          {selected && <span className="muted"> ({selected.guestName})</span>}
        </label>
        <button type="button" className="btn btn-secondary" onClick={() => void load()}>
          {t('audit.refresh')}
        </button>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.staff')}</th>
              <th scope="col">{t('audit.result')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{f.dateTime(e.atMs)}</td>
                <td>{label(e.action)}</td>
                {/* The core's note as a message, in the desk's language. */}
                <td className="audit-detail">
                  {words(e.detail)}
                </td>
                <td>{who(e.staff)}</td>
                <td>
                  <span className={`chip chip-audit-${e.result}`}>{t(`audit.results.${e.result}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
