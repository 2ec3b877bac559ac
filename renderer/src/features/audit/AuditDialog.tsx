import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../../shared/messages/languages';
import { words } from '../../i18n/words';
import { useIsManager } from '../staff/useIsManager';
import { useDesk } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import { DayFilter } from './DayFilter';
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
  'audit-export',
  'typed-card',
  'diagnostics-export',
] as const;
/** Names the core writes in the Staff column when no person did it (electron/core/staff/session.ts, access/engine.ts). */
const CORE_WHO = ['system', 'desk'] as const;
const LIMITS = [50, 200, 1000] as const;
const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** The audit log, newest first, filtered by who, what, room, days and (optionally) the selected guest; a manager exports it as CSV. */
export function AuditDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const entries = useDesk((s) => s.auditEntries);
  const choices = useDesk((s) => s.auditChoices);
  const error = useDesk((s) => s.auditError);
  const loadAudit = useDesk((s) => s.loadAudit);
  const exportAudit = useDesk((s) => s.exportAudit);
  const selected = useDesk((s) => s.detail);
  const manager = useIsManager();
  const [action, setAction] = useState('');
  const [staff, setStaff] = useState('');
  const [room, setRoom] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [onlyGuest, setOnlyGuest] = useState(false);
  const [limit, setLimit] = useState<number>(50);
  const [exported, setExported] = useState<{ file: string; count: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const bookingId = onlyGuest ? selected?.id : undefined;
  const filter = useMemo(
    () => ({
      ...(action ? { action } : {}),
      ...(staff ? { staff } : {}),
      ...(room ? { room } : {}),
      ...(fromDate ? { fromDate } : {}),
      ...(toDate ? { toDate } : {}),
      ...(bookingId !== undefined ? { bookingId } : {}),
    }),
    [action, staff, room, fromDate, toDate, bookingId],
  );

  useEffect(() => {
    if (open) void loadAudit({ ...filter, limit });
  }, [open, filter, limit, loadAudit]);

  const exportCsv = async (): Promise<void> => {
    setExporting(true);
    setExported(null);
    setExportError(null);
    const r = await exportAudit({ ...filter, limit }, isLanguage(i18n.language) ? i18n.language : 'en');
    setExporting(false);
    if (r.ok) setExported(r.value);
    else setExportError(words(r.msg));
  };

  const label = (a: string): string => (isOneOf(ACTIONS, a) ? t(`audit.actions.${a}`) : a);
  const who = (s: string): string => (isOneOf(CORE_WHO, s) ? t(`audit.who.${s}`) : s);
  return (
    <Dialog open={open} title={t('audit.title')} onClose={onClose} wide>
      <div className="audit-filters">
        <label className="field">
          {t('audit.byWho')}
          <select value={staff} onChange={(e) => setStaff(e.target.value)}>
            <option value="">{t('audit.everyone')}</option>
            {choices.staff.map((s) => (
              <option key={s} value={s}>
                {who(s)}
              </option>
            ))}
          </select>
        </label>
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
          {t('audit.room')}
          <select value={room} onChange={(e) => setRoom(e.target.value)}>
            <option value="">{t('audit.allRooms')}</option>
            {choices.rooms.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <DayFilter label={t('audit.from')} onDate={setFromDate} />
        <DayFilter label={t('audit.to')} onDate={setToDate} />
        <label className="field field-limit">
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
        <button type="button" className="btn btn-secondary" onClick={() => void loadAudit({ ...filter, limit })}>
          {t('audit.refresh')}
        </button>
        {manager && (
          <button type="button" className="btn btn-secondary" disabled={exporting} onClick={() => void exportCsv()}>
            {exporting ? t('audit.exporting') : t('audit.export')}
          </button>
        )}
      </div>
      {exported && (
        <p className="notice audit-path" role="status">
          {t('audit.exported', { count: exported.count, file: exported.file })}
        </p>
      )}
      {(error ?? exportError) && (
        <p className="notice notice-error" role="alert">
          {error ?? exportError}
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
              <th scope="col">{t('audit.guest')}</th>
              <th scope="col">{t('audit.room')}</th>
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
                <td>{e.guestName ?? ''}</td>
                <td className="nowrap">{e.roomName ?? ''}</td>
                {/* The core's note as a message, in the desk's language. */}
                <td className="audit-detail">{words(e.detail)}</td>
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
