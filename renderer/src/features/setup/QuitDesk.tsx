import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';

/**
 * The manager's way out of the installed kiosk, which refuses Alt+F4 and window closes. Asks
 * once more (Cancel is focused first, so a stray Enter quits nothing); the core checks the role
 * and the shell closes the desk in order before exiting.
 */
export function QuitDesk({ say }: { say: (text: string | null, bad?: boolean) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const quitDesk = useDesk((s) => s.quitDesk);
  const quit = async (): Promise<void> => {
    const r = await quitDesk({});
    setAsking(false);
    say(r.ok ? t('setup.quit.quitting') : words(r.msg), !r.ok);
  };
  if (!asking)
    return (
      <button type="button" className="btn btn-secondary setup-quit" onClick={() => setAsking(true)}>
        {t('setup.quit.button')}
      </button>
    );
  return (
    <div className="setup-quit" role="group" aria-label={t('setup.quit.button')}>
      <p>{t('setup.quit.confirm')}</p>
      <button type="button" className="btn btn-secondary" autoFocus onClick={() => setAsking(false)}>
        {t('setup.quit.cancel')}
      </button>{' '}
      <button type="button" className="btn btn-danger" onClick={() => void quit()}>
        {t('setup.quit.yes')}
      </button>
    </div>
  );
}
