import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desk } from '../../api/bridge';
import { msg } from '../../../../shared/messages';
import { useDesk } from '../../store';
import { failureNotice } from '../../store/notice';
import { cardTapped } from '../reader/cardTapped';

/**
 * Demo mode's stand-in for a card on the reader: the core makes up a card and hands it to the
 * reader service as the reader would type it, so it is decoded and checked like a real tap, and the
 * accepted card is handled like one (cardTapped). "Again" taps the same card (to see whose it is, or report it lost).
 */
export function DemoTap() {
  const { t } = useTranslation();
  const demo = useDesk((s) => s.demo);
  const say = useDesk((s) => s.say);
  const last = useDesk((s) => s.lastDemoCard);
  const setLast = useDesk((s) => s.setLastDemoCard);
  const [busy, setBusy] = useState(false);
  if (!demo) return null;
  const tap = async (again: boolean): Promise<void> => {
    setBusy(true);
    const r = await desk.invoke('reader:demo-tap', { again });
    setBusy(false);
    if (!r.ok) return say(failureNotice(r));
    if (r.value.cardNumber) setLast(r.value.cardNumber);
    if (r.value.accepted && r.value.cardNumber !== null) return cardTapped(r.value.cardNumber);
    say({ tone: 'info', msg: msg('reader.tapAgain', { why: r.value.reason ?? msg('reader.notACardNumber') }) });
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
