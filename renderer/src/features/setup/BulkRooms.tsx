import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupLock, SetupState } from '../../../../shared/domain/setup';
import { SharedDoorsPicker } from './SharedDoorsPicker';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';
import { BULK_MAX, bulkPreview, type BulkRow } from './bulk-rooms';

type Say = (text: string | null, bad?: boolean) => void;

function RowStatus({ row }: { row: BulkRow }) {
  const { t } = useTranslation();
  switch (row.status) {
    case 'new':
      return <span className="bulk-ok">{t('setup.bulk.willAdd')}</span>;
    case 'exists':
      return <span className="muted">{t('setup.bulk.exists')}</span>;
    case 'no-lock':
      return <span className="bulk-skip">{t('setup.bulk.noLock', { lock: row.lockName })}</span>;
    case 'lock-taken':
      return <span className="bulk-skip">{t('setup.bulk.lockTaken', { other: row.takenBy })}</span>;
  }
}

/**
 * Rooms in bulk: a range of room numbers and the pattern of their locks' names ("Room {n}"),
 * previewed room by room before anything is saved; then every ready room is saved at once (the
 * core saves them all or none). Rooms that exist, or whose lock is missing or taken, are left out.
 */
export function BulkRooms({ state, locks, reload, say }: { state: SetupState; locks: SetupLock[]; reload: () => Promise<void>; say: Say }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pattern, setPattern] = useState('Room {n}');
  const [shared, setShared] = useState<number[]>([]);
  const [rows, setRows] = useState<BulkRow[] | null>(null);
  const [busy, setBusy] = useState(false);
  const saveRooms = useDesk((s) => s.saveRooms);
  const sharedLocks = locks.filter((l) => l.door?.kind !== 'room');
  const ready = (rows ?? []).filter((r): r is Extract<BulkRow, { status: 'new' }> => r.status === 'new');
  const lockName = (id: number): string => locks.find((l) => l.lockId === id)?.name ?? String(id);

  const preview = (e: FormEvent): void => {
    e.preventDefault();
    const next = bulkPreview(from.trim(), to.trim(), pattern, locks, state);
    if (!next) return say(t('setup.bulk.badRange', { max: BULK_MAX }), true);
    say(null);
    setRows(next);
  };
  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await saveRooms({
      rooms: ready.map((row) => ({
        name: row.room,
        door: { lockId: row.lockId, name: row.lockName },
        sharedDoors: shared.filter((id) => id !== row.lockId).map((id) => ({ lockId: id, name: lockName(id) })),
      })),
    });
    setBusy(false);
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.bulk.saved', { count: r.value.rooms.length }));
    setRows(null);
    await reload();
  };
  return (
    <section className="setup-bulk" aria-labelledby="setup-bulk-title">
      <h3 id="setup-bulk-title">{t('setup.bulk.title')}</h3>
      <form className="setup-form setup-bulk-form" onSubmit={preview}>
        <p className="muted">{t('setup.bulk.intro')}</p>
        <div className="setup-bulk-range">
          <label>
            {t('setup.bulk.from')}
            <input inputMode="numeric" maxLength={5} value={from} onChange={(e) => (setFrom(e.target.value), setRows(null))} />
          </label>
          <label>
            {t('setup.bulk.to')}
            <input inputMode="numeric" maxLength={5} value={to} onChange={(e) => (setTo(e.target.value), setRows(null))} />
          </label>
          <label className="setup-bulk-pattern">
            {t('setup.bulk.pattern')}
            <input
              value={pattern}
              maxLength={60}
              aria-describedby="setup-bulk-pattern-hint"
              onChange={(e) => (setPattern(e.target.value), setRows(null))}
            />
          </label>
        </div>
        <p id="setup-bulk-pattern-hint" className="muted">
          {t('setup.bulk.patternHint')}
        </p>
        {sharedLocks.length > 0 && (
          <SharedDoorsPicker legend={t('setup.bulk.sharedLegend')} locks={sharedLocks} chosen={shared} onChange={setShared} />
        )}
        <button type="submit" className="btn btn-secondary" disabled={!from.trim() || !to.trim()}>
          {t('setup.bulk.preview')}
        </button>
      </form>
      {rows && (
        <>
          <table className="setup-table" aria-label={t('setup.bulk.previewTable')}>
            <thead>
              <tr>
                <th scope="col">{t('setup.rooms.room')}</th>
                <th scope="col">{t('setup.bulk.lock')}</th>
                <th scope="col">{t('setup.bulk.what')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.room}>
                  <td>{row.room}</td>
                  <td>{row.lockName}</td>
                  <td>
                    <RowStatus row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="btn btn-primary" disabled={busy || ready.length === 0} onClick={() => void save()}>
            {t('setup.bulk.save', { count: ready.length })}
          </button>
        </>
      )}
    </section>
  );
}
