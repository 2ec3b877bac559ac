import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import './demo.css';

const SEEN_KEY = 'sifely-desk.demo-intro-seen';

function seen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false; // storage switched off: show the card, it is closed with one key
  }
}

/** A card in the empty guest panel the first time the desk runs in demo mode: what demo mode is, how to try a check-in without a reader, how to leave it. */
export function DemoIntro() {
  const { t } = useTranslation();
  const demo = useDesk((s) => s.demo);
  const [closed, setClosed] = useState(seen);
  const close = (): void => {
    try {
      localStorage.setItem(SEEN_KEY, '1');
    } catch {
      // not kept: the card shows again next start
    }
    setClosed(true);
  };
  if (!demo || closed) return null;
  return (
    <section className="demo-intro" aria-labelledby="demo-intro-title">
      <h2 id="demo-intro-title">{t('demo.introTitle')}</h2>
      <p>{t('demo.introWhat')}</p>
      <ol>
        <li>{t('demo.introStep1')}</li>
        <li>{t('demo.introStep2')}</li>
        <li>{t('demo.introStep3')}</li>
      </ol>
      <p>{t('demo.introLeave')}</p>
      <button type="button" className="btn btn-primary" onClick={close}>
        {t('demo.introStart')}
      </button>
    </section>
  );
}
