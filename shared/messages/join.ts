import { msg, type WireMessage } from './index';

/**
 * Several sentences as one message, joined by a space (`sentences`) or '; ' (`clauses`) in every
 * language, so a list of problems is worded in the clerk's language and reads in English exactly
 * as `texts.join(' ')` / `texts.join('; ')` did. Empty list: null.
 */
export function joinMessages(parts: readonly WireMessage[], how: 'sentences' | 'clauses'): WireMessage | null {
  if (parts.length === 0) return null;
  const key = how === 'sentences' ? 'ipc.join.sentences' : 'ipc.join.clauses';
  return parts.slice(0, -1).reduceRight<WireMessage>((next, first) => msg(key, { first, next }), parts.at(-1)!);
}
