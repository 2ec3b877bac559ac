import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import type { StayDialog } from '../booking/BookingActions';
import { roomHealth } from '../health/health';
import { RoomWarnings } from '../health/HealthViews';
import { atWall, localDate, wallClock } from './stay-time';
import { describeStep } from './steps';
import './change.css';

/**
 * Extend, shorten or move: the clerk sees what will change on each door (access:preview-change)
 * before anything is sent, then applies exactly that (access:apply-change) in one action.
 */
export function ChangeDialog({ detail, mode, onClose }: { detail: BookingDetail; mode: StayDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = f.timeZone;
  const rooms = useDesk((s) => s.health?.rooms ?? []);
  const health = useDesk((s) => s.health);
  const preview = useDesk((s) => s.changePreview);
  const error = useDesk((s) => s.changeError);
  const previewChange = useDesk((s) => s.previewChange);
  const applyChange = useDesk((s) => s.applyChange);
  const resetChange = useDesk((s) => s.resetChange);
  const busy = useDesk((s) => s.flow === 'busy');
  const [arrival, setArrival] = useState('');
  const [departure, setDeparture] = useState('');
  const [roomId, setRoomId] = useState(detail.roomId);

  useEffect(() => {
    if (!mode) return;
    setArrival(localDate(detail.arrivalMs, tz));
    setDeparture(localDate(detail.departureMs, tz));
    setRoomId(detail.roomId);
    resetChange();
  }, [mode, detail.id, detail.arrivalMs, detail.departureMs, detail.roomId, tz, resetChange]);

  const request = (): Parameters<typeof previewChange>[0] | null => {
    if (mode === 'room') return roomId === detail.roomId ? null : { bookingId: detail.id, roomId };
    const arrivalMs = atWall(arrival, wallClock(detail.arrivalMs, tz), tz);
    const departureMs = atWall(departure, wallClock(detail.departureMs, tz), tz);
    if (arrivalMs === null || departureMs === null) return null;
    return {
      bookingId: detail.id,
      ...(arrivalMs !== detail.arrivalMs ? { arrivalMs } : {}),
      ...(departureMs !== detail.departureMs ? { departureMs } : {}),
    };
  };
  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    resetChange();
  };
  const title = mode === 'room' ? t('change.moveTitle', { guest: detail.guestName }) : t('change.title', { guest: detail.guestName });

  return (
    <Dialog open={mode !== null} title={title} onClose={onClose}>
      <form
        className="change-form"
        onSubmit={(e) => {
          e.preventDefault();
          const r = request();
          if (r) void previewChange(r);
        }}
      >
        {mode === 'room' ? (
          <>
            <label className="field">
              {t('change.room')}
              <select value={roomId} onChange={(e) => edit(setRoomId)(Number(e.target.value))}>
                {rooms.map((r) => (
                  <option key={r.roomId} value={r.roomId}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
            <RoomWarnings room={roomHealth(health, roomId)} />
          </>
        ) : (
          <div className="field-row">
            <label className="field">
              {t('change.arrival')}
              <input type="date" value={arrival} disabled={detail.status !== 'booked'} onChange={(e) => edit(setArrival)(e.target.value)} required />
            </label>
            <label className="field">
              {t('change.departure')}
              <input type="date" value={departure} min={arrival} onChange={(e) => edit(setDeparture)(e.target.value)} required />
            </label>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            {t('change.preview')}
          </button>
        </div>
      </form>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <section className="change-preview" aria-labelledby="change-steps">
          <h3 id="change-steps">{t('change.stepsTitle')}</h3>
          {preview.steps.length === 0 ? (
            <p>{t('change.nothing')}</p>
          ) : (
            <ul>
              {preview.steps.map((s, i) => (
                <li key={i}>
                  <strong>{s.door}</strong> <span>{describeStep(s, t, f.moment)}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() =>
                void applyChange().then((ok) => {
                  if (ok) onClose();
                })
              }
            >
              {t('change.apply')}
            </button>
          </div>
        </section>
      )}
    </Dialog>
  );
}
