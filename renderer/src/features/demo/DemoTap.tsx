import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';

/**
 * Demo mode's stand-in for a card on the reader: the core makes up a card and hands it to the
 * reader service as the reader would type it, so it is decoded and checked like a real tap, and the
 * accepted card is handled like one (cardTapped). "Again" taps the same card (to see whose it is, or report it lost).
 */
export function DemoTap() {
  const { t } = useTranslation();
  const demo = useDesk((s) => s.demo);
  const last = useDesk((s) => s.lastDemoCard);
  const demoTap = useDesk((s) => s.demoTap);
  const [busy, setBusy] = useState(false);
  if (!demo) return null;
  const tap = async (again: boolean): Promise<void> => {
    setBusy(true);
    await demoTap(again);
    setBusy(false);
  };
  return (
    <div className="demo-tap" role="group" aria-label={t('demo.tapGroup')}>
      <button type="button" className="btn btn-demo" disabled={busy} onClick={() => void tap(false)}>
        {t('demo.tap')}
      </button>
      {last && (
        <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void tap(true)}>
          {t('demo.tapAgain', { card: last })}
        </button>
      )}
    </div>
  );
}
