import type { SelectHTMLAttributes } from 'react';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/messages/languages';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: Language;
  onChange: (language: Language) => void;
  /** EN / ES where a bar has no room for full names; the full name stays each option's accessible name. */
  short?: boolean;
};

/** A choice among the desk's languages, each named in itself and marked with its `lang` so a screen reader says it right. */
export function LanguageSelect({ value, onChange, short = false, ...rest }: Props) {
  return (
    <select {...rest} value={value} onChange={(e) => isLanguage(e.target.value) && onChange(e.target.value)}>
      {LANGUAGES.map((l) =>
        short ? (
          <option key={l.code} value={l.code} lang={l.code} aria-label={l.name} title={l.name}>
            {l.code.toUpperCase()}
          </option>
        ) : (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ),
      )}
    </select>
  );
}
