import { describe, expect, it } from 'vitest';
import { CATALOGUES, formatMessage, MESSAGES, msg, type WireMessage } from '../../shared/messages';
import type { Wording } from '../../shared/messages/define';
import { LANGUAGE_CODES } from '../../shared/messages/languages';

const paramsOf = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

/** Screen words that are the same in Spanish (an acronym, a date pattern, a loanword). */
const SAME_IN_SPANISH = new Set([
  'staff.pin',
  'reader.via.hid',
  'reader.format.hex',
  'change.pattern.day',
  'change.pattern.month',
  'bookingsImport.csv.actions.error',
  'delivery.channel_sms',
  'delivery.setup.smsTitle',
]);

describe('message catalogue', () => {
  it('has no key in two catalogues, and every key carries its catalogue prefix', () => {
    const total = Object.values(CATALOGUES as Record<string, object>).reduce<number>((n, c) => n + Object.keys(c).length, 0);
    expect(Object.keys(MESSAGES)).toHaveLength(total);
    for (const [name, catalogue] of Object.entries(CATALOGUES))
      for (const key of Object.keys(catalogue)) expect(key.startsWith(`${name}.`), key).toBe(true);
  });

  it('words every sentence in every language with the same parameters, none blank or left in English by mistake', () => {
    for (const [key, wording] of Object.entries(MESSAGES as Record<string, Wording>)) {
      const en = paramsOf(wording.en);
      for (const lang of LANGUAGE_CODES) {
        expect(wording[lang].trim(), `${key} (${lang})`).not.toBe('');
        expect(paramsOf(wording[lang]), `${key} (${lang})`).toEqual(en);
      }
      // Only a pure template ("{{name}} ({{role}})") may read the same in Spanish: any word of its own must be translated.
      const hasWords = /\p{L}/u.test(wording.en.replace(/\{\{\w+\}\}/g, ''));
      if (hasWords && !SAME_IN_SPANISH.has(key)) expect(wording.es, `${key} is still English in Spanish`).not.toBe(wording.en);
    }
  });

  it('fills parameters, words nested messages in the same language, and falls back for unknown keys', () => {
    const m = msg('ipc.invalidRequest', { details: 'x' });
    expect(formatMessage(m, 'en')).toBe('Invalid request: x');
    expect(formatMessage(m, 'es')).toBe('Petición no válida: x');
    const nested: WireMessage = { key: 'ipc.invalidRequest', params: { details: msg('ipc.unknownRequest') } };
    expect(formatMessage(nested, 'es')).toBe('Petición no válida: Petición desconocida.');
    expect(formatMessage({ key: 'no.such.key' }, 'es', 'Old English text')).toBe('Old English text');
    expect(formatMessage({ key: 'no.such.key' }, 'es')).toBe('no.such.key');
    // A missing parameter stays visible rather than vanishing into a misleading sentence.
    expect(formatMessage({ key: 'ipc.invalidRequest' }, 'en')).toBe('Invalid request: {{details}}');
  });
});
