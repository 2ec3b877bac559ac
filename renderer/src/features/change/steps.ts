import type { TFunction } from 'i18next';

/**
 * The core describes each planned step in fixed English with ISO instants (access/engine.ts
 * `describe`). Known shapes are re-worded in the clerk's language with times in the property's
 * zone; anything else is shown as sent, with its instants made readable.
 */
export function describeStep(what: string, t: TFunction, moment: (ms: number) => string): string {
  const iso = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/;
  const when = (s: string): string => {
    const ms = Date.parse(s);
    return Number.isFinite(ms) ? moment(ms) : s;
  };
  const kind = (k: string): string => (k === 'card' ? t('change.card') : k === 'passcode' ? t('change.passcode') : k);
  let m = /^remove (card|passcode) \((.*)\)$/.exec(what);
  if (m) return t('change.remove', { kind: kind(m[1]!), reason: m[2]! });
  m = new RegExp(`^(card|passcode) valid until (${iso.source})$`).exec(what);
  if (m) return t('change.changeUntil', { kind: kind(m[1]!), when: when(m[2]!) });
  m = new RegExp(`^new offline code until (${iso.source})$`).exec(what);
  if (m) return t('change.reissue', { when: when(m[1]!) });
  m = new RegExp(`^add (card|passcode) until (${iso.source})$`).exec(what);
  if (m) return t('change.add', { kind: kind(m[1]!), when: when(m[2]!) });
  return what.replace(new RegExp(iso.source, 'g'), when);
}
