import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import type { StayDialog } from '../booking/BookingActions';
import { roomHealth } from '../health/health';
import { RoomWarnings } from '../health/HealthViews';
import { addDays } from '../../../../shared/time/zoned';
import { DateField } from './DateField';
import { entryPattern, formatDateEntry, nightsBetween, parseDateEntry } from './date-entry';
import { atWall, localDate, wallClock } from './stay-time';
import { describeStep, groupSteps, stepSubject } from './steps';
import './change.css';
import { RoomSelect } from '../health/RoomSelect';

/**
 * Extend, shorten or move: the clerk sees what will change on each door (access:preview-change)
 * before anything is sent, then applies exactly that (access:apply-change) in one action.
 */
export function ChangeDialog({ detail, mode, onClose }: { detail: BookingDetail; mode: StayDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = f.timeZone;
  const health = useDesk((s) => s.health);
  const preview = useDesk((s) => s.changePreview);
  const error = useDesk((s) => s.changeError);
  const previewChange = useDesk((s) => s.previewChange);
  const applyChange = useDesk((s) => s.applyChange);
  const applyRef = useRef<HTMLButtonElement>(null);
  // At 768 px the plan pushes Apply below the fold: bring it into view (not focus: Enter must not apply by accident).
  useEffect(() => {
    if (preview) applyRef.current?.scrollIntoView({ block: 'nearest' });
  }, [preview]);
  const resetChange = useDesk((s) => s.resetChange);
  const busy = useDesk((s) => s.flow === 'busy');
  const [arrivalText, setArrivalText] = useState('');
  const [departureText, setDepartureText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [roomId, setRoomId] = useState(detail.roomId);
  const nightsId = useId();
  const locale = f.locale;

  useEffect(() => {
    if (!mode) return;
    setArrivalText(formatDateEntry(localDate(detail.arrivalMs, tz), locale));
    setDepartureText(formatDateEntry(localDate(detail.departureMs, tz), locale));
    setSubmitted(false);
    setRoomId(detail.roomId);
    resetChange();
    // The language may change while the dialog is open; what the clerk typed stays as typed.
  }, [mode, detail.id, detail.arrivalMs, detail.departureMs, detail.roomId, tz, resetChange]);

  // Each date keeps the booking's own hour (its check-in / check-out time) when its day moves.
  const was = { arrival: localDate(detail.arrivalMs, tz), departure: localDate(detail.departureMs, tz) };
  const hours = { arrival: wallClock(detail.arrivalMs, tz), departure: wallClock(detail.departureMs, tz) };
  const arrival = parseDateEntry(arrivalText, locale, was.arrival);
  const departure = parseDateEntry(departureText, locale, was.departure);
  const nights = arrival !== null && departure !== null ? nightsBetween(arrival, departure) : null;
  const nightsBefore = nightsBetween(was.arrival, was.departure);
  const pattern = entryPattern(locale, { day: t('change.pattern.day'), month: t('change.pattern.month'), year: t('change.pattern.year') });
  const readout = (iso: string | null, which: 'arrival' | 'departure'): { date: string; hour: string } | null => {
    const ms = iso === null ? null : atWall(iso, hours[which], tz);
    if (ms === null) return null;
    return { date: f.longDate(ms), hour: t(which === 'arrival' ? 'change.checkInAt' : 'change.checkOutAt', { time: f.time(ms) }) };
  };
  const nightsText = (n: number): string => t('change.nights', { count: n });

  const request = (): Parameters<typeof previewChange>[0] | null => {
    if (mode === 'room') return roomId === detail.roomId ? null : { bookingId: detail.id, roomId };
    setSubmitted(true);
    if (arrival === null || departure === null || nights === null || nights < 1) return null;
    const arrivalMs = atWall(arrival, hours.arrival, tz);
    const departureMs = atWall(departure, hours.departure, tz);
    if (arrivalMs === null || departureMs === null) return null;
    return {
      bookingId: detail.id,
      ...(arrivalMs !== detail.arrivalMs ? { arrivalMs } : {}),
      ...(departureMs !== detail.departureMs ? { departureMs } : {}),
    };
  };
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
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
              <RoomSelect value={roomId} onChange={edit(setRoomId)} />
            </label>
            <RoomWarnings room={roomHealth(health, roomId)} />
          </>
        ) : (
          <div className="stay-dates">
            <DateField
              label={t('change.arrival')}
              text={arrivalText}
              onText={edit(setArrivalText)}
              iso={arrival}
              readout={readout(arrival, 'arrival')}
              notADate={t('change.notADate', { pattern })}
              pattern={pattern}
              hint={detail.status === 'booked' ? t('change.dateHint', { pattern }) : undefined}
              onStep={(days) => arrival && edit(setArrivalText)(formatDateEntry(addDays(arrival, days), locale))}
              showErrors={submitted}
              describedBy={nightsId}
              lang={locale}
              disabled={detail.status !== 'booked'}
            />
            <DateField
              label={t('change.departure')}
              text={departureText}
              onText={edit(setDepartureText)}
              iso={departure}
              readout={readout(departure, 'departure')}
              problem={nights !== null && nights < 1 ? t('change.departureBeforeArrival') : null}
              notADate={t('change.notADate', { pattern })}
              pattern={pattern}
              hint={t('change.dateHint', { pattern })}
              onStep={(days) => departure && edit(setDepartureText)(formatDateEntry(addDays(departure, days), locale))}
              showErrors={submitted}
              describedBy={nightsId}
              lang={locale}
            />
            <p id={nightsId} className="stay-nights" data-testid="stay-nights" aria-live="polite">
              {nights !== null && nights >= 1
                ? nights === nightsBefore
                  ? t('change.stay', { nights: nightsText(nights) })
                  : t('change.stayWas', { nights: nightsText(nights), before: nightsText(nightsBefore) })
                : ''}
            </p>
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
              {groupSteps(preview.steps).map(({ step, doors }, i) => (
                <li key={i}>
                  <strong>{stepSubject(step, t)}</strong>
                  <span>
                    {describeStep(step, t, f.moment)}{' '}
                    <span className="change-doors">{t('change.onDoors', { doors: doors.join(', ') })}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <div className="form-actions">
            <button
              ref={applyRef}
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
