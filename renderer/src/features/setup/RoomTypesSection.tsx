import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomType } from '../../../../shared/domain/room-type';
import type { SetupState } from '../../../../shared/domain/setup';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';

/**
 * Room types → rooms. Booking.com, Expedia and most PMS exports name the type booked ("Double
 * Room"), not the room: an imported row with only a type gets a free room of that type (the core
 * decides, with the occupancy rules), in the order listed here.
 */
export function RoomTypesSection({ state, say }: { state: SetupState; say: (text: string | null, bad?: boolean) => void }) {
  const { t } = useTranslation();
  const types = useDesk((s) => s.roomTypes);
  const loadError = useDesk((s) => s.roomTypesError);
  const saveRoomType = useDesk((s) => s.saveRoomType);
  const removeRoomType = useDesk((s) => s.removeRoomType);
  const [editing, setEditing] = useState<{ id?: number; name: string; roomIds: number[] }>({ name: '', roomIds: [] });
  const roomName = (id: number): string => state.rooms.find((r) => r.id === id)?.name ?? '?';

  useEffect(() => {
    void useDesk.getState().loadRoomTypes();
  }, []);

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const r = await saveRoomType({
      ...(editing.id ? { id: editing.id } : {}),
      name: editing.name,
      roomIds: editing.roomIds,
    });
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.roomTypes.saved', { type: editing.name.trim(), rooms: editing.roomIds.map(roomName).join(', ') || '—' }));
    setEditing({ name: '', roomIds: [] });
  };
  const remove = async (type: RoomType): Promise<void> => {
    const r = await removeRoomType({ id: type.id });
    if (!r.ok) return say(words(r.msg), true);
    say(t('setup.roomTypes.removed', { type: type.name }));
  };
  const toggle = (id: number, on: boolean): void =>
    setEditing((x) => ({ ...x, roomIds: on ? [...x.roomIds, id] : x.roomIds.filter((r) => r !== id) }));

  return (
    <div className="setup-rooms" data-testid="room-types">
      <p className="muted">{t('setup.roomTypes.intro')}</p>
      {loadError && (
        <p className="setup-message setup-bad" role="alert">
          {loadError}
        </p>
      )}
      <table className="setup-table">
        <thead>
          <tr>
            <th scope="col">{t('setup.roomTypes.type')}</th>
            <th scope="col">{t('setup.roomTypes.rooms')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {types.length === 0 && (
            <tr>
              <td colSpan={3}>{t('setup.roomTypes.none')}</td>
            </tr>
          )}
          {types.map((type) => (
            <tr key={type.id}>
              <td>{type.name}</td>
              <td>{type.roomIds.map(roomName).join(', ') || '—'}</td>
              <td className="setup-row-actions">
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => setEditing({ id: type.id, name: type.name, roomIds: type.roomIds })}
                  aria-label={t('setup.roomTypes.editOne', { type: type.name })}
                >
                  {t('setup.rooms.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => void remove(type)}
                  aria-label={t('setup.roomTypes.removeOne', { type: type.name })}
                >
                  {t('setup.roomTypes.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="setup-form" onSubmit={(e) => void save(e)} aria-label={t('setup.roomTypes.form')}>
        <h3>{t(editing.id ? 'setup.roomTypes.editTitle' : 'setup.roomTypes.newTitle')}</h3>
        <label>
          {t('setup.roomTypes.name')}
          <input
            value={editing.name}
            maxLength={80}
            onChange={(e) => setEditing({ ...editing, name: e.target.value })}
            placeholder={t('setup.roomTypes.namePlaceholder')}
          />
        </label>
        <fieldset>
          <legend>{t('setup.roomTypes.roomsLegend')}</legend>
          {state.rooms.map((r) => (
            <label key={r.id} className="setup-check">
              <input type="checkbox" checked={editing.roomIds.includes(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
              {r.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn btn-primary" disabled={!editing.name.trim()}>
          {t('setup.roomTypes.save')}
        </button>
      </form>
    </div>
  );
}
