import i18next from 'i18next';
import { formatMessage, type WireMessage } from '../../../shared/messages';
import { isLanguage } from '../../../shared/messages/languages';

/** A core-sent sentence (catalogue key + parameters) in the clerk's current language. */
export function words(m: WireMessage | null | undefined): string {
  if (!m) return '';
  const lang = isLanguage(i18next.language) ? i18next.language : 'en';
  return formatMessage(m, lang);
}
