import { useTranslation } from 'react-i18next';
import type { ImportCounts as Counts } from '../../../../shared/domain/booking-import';

const KINDS = ['create', 'update', 'cancel', 'unchanged', 'skip', 'error'] as const;

/** What an import did or would do, one figure per kind that happened ("New: 0" when nothing did). */
export function ImportCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const happened = KINDS.filter((k) => counts[k] > 0);
  const shown = happened.length > 0 ? happened : (['create'] as const); // "New: 0" rather than nothing
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
