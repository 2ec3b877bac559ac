import type { LockHealthReport } from '../../../../shared/domain/lock-health';
import { useDesk } from '../../store';

/** One empty list, so a selector before lock health has loaded returns the same value each time. */
export const NO_ROOMS: LockHealthReport['rooms'] = [];

/**
 * The property's rooms as a <select>, from the lock-health report the desk already holds (any
 * staff may read it, unlike setup). Walk-in, room move and the feed form all pick a room this way.
 */
export function RoomSelect({
  value,
  onChange,
  required,
}: {
  value: number | null;
  onChange: (roomId: number) => void;
  required?: boolean;
}) {
  const rooms = useDesk((s) => s.health?.rooms ?? NO_ROOMS);
  return (
    <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} required={required}>
      {rooms.map((r) => (
        <option key={r.roomId} value={r.roomId}>
          {r.name}
        </option>
      ))}
    </select>
  );
}
