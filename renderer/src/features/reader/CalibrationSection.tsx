import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ReaderStatus } from '../../../../shared/cards/reader-profile';
import { useFormat } from '../../ui/format';
import { useDesk } from '../../store';
import { deskNow } from '../../store/deskNow';

/** Card numbers in the result sentences are set as <code> (the catalogue marks them). */
const CODE = { code: <code /> };
/**
 * The raw read and the lock's name are not ours (a reader burst, the Sifely account): escaped before
 * Trans parses its <code>…</code> tags, unescaped for display, so a '<' in them is shown, not parsed.
 */
const SAFE_VALUES = { tOptions: { interpolation: { escapeValue: true } }, shouldUnescape: true } as const;

/**
 * §12's practical calibration: a card enrolled on a lock with the Sifely app is tapped here; the
 * desk lists that lock's cards and shows the reading of the tap that matches one of them.
 */
export function CalibrationSection({ status }: { status: ReaderStatus }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const calibration = useDesk((s) => s.calibration);
  const start = useDesk((s) => s.startCalibration);
  const stop = useDesk((s) => s.stopCalibration);
  const save = useDesk((s) => s.saveReaderProfile);
  const [lockId, setLockId] = useState<number>(status.locks[0]?.lockId ?? 0);
  const lockName = (id: number) => status.locks.find((l) => l.lockId === id)?.name ?? t('reader.lockFallback', { id });
  const match = calibration.step === 'done' ? calibration.outcome.matches[0] : undefined;

  return (
    <section className="reader-section" aria-labelledby="reader-calibration">
      <h3 id="reader-calibration">{t('reader.calibrate.title')}</h3>
      <p className="muted">{t('reader.calibrate.intro')}</p>
      {calibration.step === 'idle' && (
        <div className="reader-row">
          <label>
            {t('reader.calibrate.door')}{' '}
            <select value={lockId} onChange={(e) => setLockId(Number(e.target.value))}>
              {status.locks.map((l) => (
                <option key={l.lockId} value={l.lockId}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn btn-primary" disabled={!lockId} onClick={() => start(lockId)}>
            {t('reader.calibrate.start')}
          </button>
        </div>
      )}
      {(calibration.step === 'waiting' || calibration.step === 'checking') && (
        <div className="reader-row" role="status">
          <strong>
            {calibration.step === 'waiting'
              ? t('reader.calibrate.tapNow', { door: lockName(calibration.lockId) })
              : t('reader.calibrate.checking')}
          </strong>
          <button type="button" className="btn btn-secondary" onClick={stop}>
            {t('reader.calibrate.cancel')}
          </button>
        </div>
      )}
      {calibration.step === 'done' && (
        <div role="status" className="reader-result">
          {!match ? (
            <p>
              <Trans
                i18nKey="reader.calibrate.noMatch"
                count={calibration.outcome.listedCards}
                values={{ raw: calibration.raw, door: lockName(calibration.lockId) }}
                components={CODE}
                {...SAFE_VALUES}
              />
            </p>
          ) : (
            <>
              <p>
                <Trans
                  i18nKey="reader.calibrate.match"
                  values={{ raw: calibration.raw, door: lockName(calibration.lockId), card: match.cardNumber }}
                  components={CODE}
                  {...SAFE_VALUES}
                />
              </p>
              <p className="muted">
                {t('reader.calibrate.details', {
                  format: t(`reader.format.${match.card.format}`),
                  order: t(`reader.order.${match.card.byteOrder}`).toLocaleLowerCase(locale),
                  zeros: t(`reader.zeros.${match.card.leadingZeros}`).toLocaleLowerCase(locale),
                })}
                {calibration.outcome.undecided.length > 0 &&
                  t('reader.calibrate.undecided', {
                    axes: new Intl.ListFormat(locale, { type: 'disjunction' }).format(
                      calibration.outcome.undecided.map((a) => t(`reader.calibrate.axis.${a}`)),
                    ),
                  })}
              </p>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  void save({
                    ...status.profile,
                    card: { ...match.card, endpoint: status.profile.card.endpoint },
                    calibration: { atMs: deskNow(), lockId: calibration.lockId, cardNumber: match.cardNumber },
                  });
                }}
              >
                {t('reader.calibrate.save')}
              </button>
            </>
          )}
          <button type="button" className="btn btn-secondary" onClick={stop}>
            {match ? t('reader.calibrate.discard') : t('reader.calibrate.tryAgain')}
          </button>
        </div>
      )}
    </section>
  );
}
