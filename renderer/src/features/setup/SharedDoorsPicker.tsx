import type { SetupLock } from '../../../../shared/domain/setup';

/** The shared doors (entrance, floor doors) a room's guests also open: one checkbox per lock. */
export function SharedDoorsPicker({
  legend,
  locks,
  chosen,
  onChange,
}: {
  legend: string;
  locks: readonly SetupLock[];
  chosen: readonly number[];
  onChange: (next: number[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {locks.map((l) => (
        <label key={l.lockId} className="setup-check">
          <input
            type="checkbox"
            checked={chosen.includes(l.lockId)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, l.lockId] : chosen.filter((x) => x !== l.lockId))}
          />
          {l.name}
        </label>
      ))}
    </fieldset>
  );
}
