import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/domain/booking';
import type { WireMessage } from '../../../../shared/messages';
import { addDays } from '../../../../shared/time/zoned';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import { atWall, localDate } from '../change/stay-time';
import { roomHealth } from '../health/health';
import { RoomWarnings } from '../health/HealthViews';
import '../change/change.css';
import { RoomSelect } from '../health/RoomSelect';
import { deskNow } from '../../store/deskNow';
import type { Language } from '../../../../shared/messages/languages';
import { GuestContactFields } from '../delivery/GuestContactFields';

/** A guest at the desk with no booking: arrives now, leaves at check-out time after N nights. */
export function WalkInDialog({
  open,
  onClose,
  initialRoomId = null,
}: {
  open: boolean;
  onClose: () => void;
  initialRoomId?: number | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const property = useDesk((s) => s.property);
  const health = useDesk((s) => s.health);
  const createWalkIn = useDesk((s) => s.createWalkIn);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [language, setLanguage] = useState<Language>('en');
  const [roomId, setRoomId] = useState<number | null>(initialRoomId);
  const [nights, setNights] = useState(1);
  const [overlap, setOverlap] = useState<{ message: WireMessage; conflicts: Booking[] } | null>(null);
  const departsId = useId();
  const rooms = health?.rooms ?? [];
  const room = roomId ?? rooms[0]?.roomId ?? null;
  const now = deskNow();
  const departureMs = property ? atWall(addDays(localDate(now, f.timeZone), nights), property.checkOutTime, f.timeZone) : null;

  // An occupied room is refused by the core; the clerk picks another room or fewer nights.
  const save = async (): Promise<void> => {
    if (room === null || departureMs === null) return;
    const r = await createWalkIn({
      guestName: name,
      contact: '',
      notes: '',
      roomId: room,
      arrivalMs: Math.floor(now / 60_000) * 60_000,
      departureMs,
      guestContact: { email, phone, language },
    });
    if (r?.kind === 'overlap') return setOverlap({ message: r.message, conflicts: r.conflicts });
    if (r?.kind === 'saved') {
      setName('');
      setEmail('');
      setPhone('');
      setNights(1);
      setOverlap(null);
      onClose();
    }
  };

  return (
    <Dialog open={open} title={t('walkIn.title')} onClose={onClose}>
      <form
        className="change-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          {t('walkIn.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoComplete="off" />
        </label>
        <div className="field-row">
          <GuestContactFields
            value={{ email, phone, language }}
            onChange={(c) => {
              setEmail(c.email);
              setPhone(c.phone);
              setLanguage(c.language);
            }}
          />
        </div>
        <div className="field-row">
          <label className="field">
            {t('walkIn.room')}
            <RoomSelect
              value={room}
              onChange={(id) => {
                setRoomId(id);
                setOverlap(null);
              }}
            />
          </label>
          <label className="field">
            {t('walkIn.nights')}
            <input
              type="number"
              min={1}
              max={60}
              value={nights}
              aria-describedby={departsId}
              onChange={(e) => setNights(Math.max(1, Math.min(60, Number(e.target.value) || 1)))}
            />
          </label>
        </div>
        {/* The whole departure date in words (weekday, month name, year), in the property's zone. */}
        <p id={departsId} className="stay-nights" data-testid="walk-in-departs" aria-live="polite">
          {departureMs !== null ? t('walkIn.departs', { date: f.longDate(departureMs), time: f.time(departureMs) }) : ''}
        </p>
        {room !== null && <RoomWarnings room={roomHealth(health, room)} />}
        {overlap && (
          <p className="notice notice-error" role="alert">
            {words(overlap.message)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {t('walkIn.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
