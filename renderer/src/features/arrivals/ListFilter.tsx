import type { Booking } from '../../../../shared/domain/booking';
import './list-filter.css';

/**
 * A minimal client-side filter of today's list by guest name or room, so the clerk has a text
 * field to type in (and the reader's digits provably never land in it). Full search across all
 * bookings ('booking:search') replaces this later.
 */
export function matchesFilter(b: Pick<Booking, 'guestName' | 'roomName'>, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
  return fold(b.guestName).includes(fold(q)) || b.roomName.toLocaleLowerCase().startsWith(q);
}

export function ListFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <div className="list-filter">
      <input
        type="search"
        aria-label="Find a guest by name or room"
        placeholder="Find a guest or room…"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
