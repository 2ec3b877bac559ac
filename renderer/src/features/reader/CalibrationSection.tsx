import { useState } from 'react';
import type { ReaderStatus } from '../../../../shared/cards/reader-profile';
import { FORMAT_TEXT, ORDER_TEXT, ZEROS_TEXT } from './labels';
import { useReader } from './readerStore';

const AXIS_TEXT = { format: 'the number format', byteOrder: 'the byte order', leadingZeros: 'whether leading zeros count' } as const;

/**
 * §12's practical calibration: a card enrolled on a lock with the Sifely app is tapped here; the
 * desk lists that lock's cards and shows the reading of the tap that matches one of them.
 */
export function CalibrationSection({ status }: { status: ReaderStatus }) {
  const calibration = useReader((s) => s.calibration);
  const start = useReader((s) => s.startCalibration);
  const stop = useReader((s) => s.stopCalibration);
  const save = useReader((s) => s.save);
  const [lockId, setLockId] = useState<number>(status.locks[0]?.lockId ?? 0);
  const lockName = (id: number) => status.locks.find((l) => l.lockId === id)?.name ?? `lock ${id}`;

  return (
    <section className="reader-section" aria-labelledby="reader-calibration">
      <h3 id="reader-calibration">Calibrate with a test card</h3>
      <p className="muted">Enrol one card on a door with the Sifely app first. Then choose that door and tap the same card here.</p>
      {calibration.step === 'idle' && (
        <div className="reader-row">
          <label>
            Door{' '}
            <select value={lockId} onChange={(e) => setLockId(Number(e.target.value))}>
              {status.locks.map((l) => (
                <option key={l.lockId} value={l.lockId}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn btn-primary" disabled={!lockId} onClick={() => start(lockId)}>
            Calibrate
          </button>
        </div>
      )}
      {(calibration.step === 'waiting' || calibration.step === 'checking') && (
        <div className="reader-row" role="status">
          <strong>{calibration.step === 'waiting' ? `Tap the test card on the reader now (door: ${lockName(calibration.lockId)}).` : 'Looking for the card on the lock…'}</strong>
          <button type="button" className="btn btn-secondary" onClick={stop}>
            Cancel
          </button>
        </div>
      )}
      {calibration.step === 'done' && (
        <div role="status" className="reader-result">
          {calibration.outcome.matches.length === 0 ? (
            <p>
              The card read as <code>{calibration.raw}</code> is not among the {calibration.outcome.listedCards} cards of {lockName(calibration.lockId)} in any
              known format. Check the door, or enrol the card with the Sifely app first.
            </p>
          ) : (
            <>
              <p>
                Match: the reader sent <code>{calibration.raw}</code>; {lockName(calibration.lockId)} lists it as <code>{calibration.outcome.matches[0]!.cardNumber}</code>.
              </p>
              <p className="muted">
                {FORMAT_TEXT[calibration.outcome.matches[0]!.card.format]} · bytes {ORDER_TEXT[calibration.outcome.matches[0]!.card.byteOrder].toLowerCase()} ·{' '}
                {ZEROS_TEXT[calibration.outcome.matches[0]!.card.leadingZeros].toLowerCase()}
                {calibration.outcome.undecided.length > 0 && ` (this card cannot tell ${calibration.outcome.undecided.map((a) => AXIS_TEXT[a]).join(' or ')}; the usual choice is used)`}
              </p>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  const m = calibration.outcome.matches[0]!;
                  void save({
                    ...status.profile,
                    card: { ...m.card, endpoint: status.profile.card.endpoint },
                    calibration: { atMs: Date.now(), lockId: calibration.lockId, cardNumber: m.cardNumber },
                  });
                }}
              >
                Save this reader profile
              </button>
            </>
          )}
          <button type="button" className="btn btn-secondary" onClick={stop}>
            {calibration.outcome.matches.length === 0 ? 'Try again' : 'Discard'}
          </button>
        </div>
      )}
    </section>
  );
}
