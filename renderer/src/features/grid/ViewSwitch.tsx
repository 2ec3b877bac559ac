import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { VIEWS } from '../../store/viewSlice';

/** F1, F2…: one key to each view, from anywhere but an open dialog (the reader types digits and Enter only). */
function useViewKeys(): void {
  const setView = useDesk((s) => s.setView);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const i = /^F(\d)$/.exec(e.key)?.[1];
      const view = i === undefined ? undefined : VIEWS[Number(i) - 1];
      if (!view || e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setView(view);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);
}

/** The main screen's views as tabs under the top bar. */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useDesk((s) => s.view);
  const setView = useDesk((s) => s.setView);
  const openWalkIn = useDesk((s) => s.openWalkIn);
  useViewKeys();
  return (
    <nav className="view-bar" aria-label={t('views.label')}>
      {VIEWS.map((v, i) => (
        <button
          key={v}
          type="button"
          className="btn btn-secondary"
          aria-current={view === v ? 'page' : undefined}
          aria-keyshortcuts={`F${i + 1}`}
          onClick={() => setView(v)}
        >
          {t(`views.${v}`)}
          <span className="view-key" aria-hidden="true">
            F{i + 1}
          </span>
        </button>
      ))}
      {/* Here, not in the top bar: at 1366 px in Spanish the top bar had no room left for the clock. */}
      <button type="button" className="btn btn-primary view-walk-in" onClick={() => openWalkIn(null)}>
        {t('app.walkIn')}
      </button>
    </nav>
  );
}
