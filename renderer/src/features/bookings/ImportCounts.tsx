import { useTranslation } from 'react-i18next';
import type { ImportCounts as Counts } from '../../../../shared/domain/booking-import';

const KINDS = ['create', 'update', 'cancel', 'unchanged', 'skip', 'error'] as const;

/** What an import did or would do, one figure per kind; the kinds that happened to nobody are left out. */
export function ImportCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const shown = KINDS.filter((k) => counts[k] > 0 || k === 'create');
  return (
    <ul className="import-counts" aria-label={t('bookingsImport.counts.label')} data-testid="import-counts">
      {shown.map((k) => (
        <li key={k} className={`import-count import-count-${k}`}>
          {t(`bookingsImport.counts.${k}`, { n: counts[k] })}
        </li>
      ))}
    </ul>
  );
}
