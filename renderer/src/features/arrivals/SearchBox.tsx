import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';

/**
 * Search-as-you-type over every booking (booking:search: name, ref or room prefix). The keyboard
 * wedge keeps card digits out of this field (features/reader/wedge.ts); a short pause between
 * keystrokes keeps the core from answering every letter of a fast typist.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const search = useDesk((s) => s.search);
  const [value, setValue] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => void search(value), value ? 120 : 0);
    return () => clearTimeout(timer);
  }, [value, search]);
  return (
    <div className="search-box" role="search">
      <input
        type="search"
        aria-label={t('list.search')}
        placeholder={t('list.searchPlaceholder')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.stopPropagation();
            setValue('');
          }
        }}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
