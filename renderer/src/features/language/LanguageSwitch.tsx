import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../i18n';

/** EN / ES, in the top bar and on the lock screen (a clerk signs in in their own language). */
export function LanguageSwitch({ className = 'btn btn-topbar btn-lang' }: { className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        // Two letters keep the top bar on one line with the property name readable; the accessible
        // name (and tooltip) is the language's own name.
        <button
          key={l.code}
          type="button"
          lang={l.code}
          className={className}
          aria-label={l.name}
          title={l.name}
          aria-pressed={i18n.language === l.code}
          onClick={() => setLanguage(l.code)}
        >
          {l.code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
