import i18next from 'i18next';
import { formatMessage, type WireMessage } from '../../../shared/messages';
import { isLanguage } from '../../../shared/messages/languages';

/**
 * A core-sent sentence (catalogue key + parameters) in the clerk's current language. `fallback`
 * is the English text stored beside it, shown only for a key this build does not know.
 */
export function words(m: WireMessage | null | undefined, fallback: string | null = null): string {
  if (!m) return fallback ?? '';
  const lang = isLanguage(i18next.language) ? i18next.language : 'en';
  return formatMessage(m, lang, fallback ?? undefined);
}
