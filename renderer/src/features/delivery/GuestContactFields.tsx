import { LanguageSelect } from '../../ui/LanguageSelect';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/messages/languages';

export interface GuestContact {
  email: string;
  phone: string;
  language: Language;
}

/** The guest's e-mail, mobile and message language: the same three fields at the walk-in and on a booking. */
export function GuestContactFields({ value, onChange }: { value: GuestContact; onChange: (next: GuestContact) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        {t('delivery.email')}
        <input
          type="text"
          inputMode="email"
          value={value.email}
          onChange={(e) => onChange({ ...value, email: e.target.value })}
          maxLength={254}
          autoComplete="off"
        />
      </label>
      <label className="field">
        {t('delivery.phone')}
        <input
          type="tel"
          value={value.phone}
          onChange={(e) => onChange({ ...value, phone: e.target.value })}
          maxLength={40}
          autoComplete="off"
          placeholder="+34 600 123 456"
        />
      </label>
      <label className="field">
        {t('delivery.language')}
        <LanguageSelect value={value.language} onChange={(language) => onChange({ ...value, language })} />
      </label>
    </>
  );
}
