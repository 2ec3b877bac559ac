import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../shared/messages/languages';
import { localDate } from '../../../../shared/time/zoned';
import { useDesk } from '../../store';
import { deskNow } from '../../store/deskNow';
import { entryPattern, parseDateEntry } from '../change/date-entry';

/**
 * One end of the audit log's date range, typed in the desk language's order (not <input
 * type="date">, which Chromium lays out in the PC's order whatever the desk's language). Empty
 * means open-ended; a date not understood is marked and does not filter.
 */
export function DayFilter({ label, onDate }: { label: string; onDate: (iso: string) => void }) {
  const { t, i18n } = useTranslation();
  const timeZone = useDesk((s) => s.property?.timeZone ?? 'UTC');
  const locale = localeOf(i18n.language);
  const [text, setText] = useState('');
  const iso = text.trim() ? parseDateEntry(text, locale, localDate(deskNow(), timeZone)) : '';
  const pattern = entryPattern(locale, { day: t('change.pattern.day'), month: t('change.pattern.month'), year: t('change.pattern.year') });
  return (
    <label className="field field-date">
      {label}
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        lang={i18n.language}
        maxLength={20}
        placeholder={pattern}
        value={text}
        aria-invalid={iso === null}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.trim() ? parseDateEntry(e.target.value, locale, localDate(deskNow(), timeZone)) : '';
          if (next !== null) onDate(next);
        }}
      />
    </label>
  );
}
