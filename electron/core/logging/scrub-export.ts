import { byLength, placeholder } from '../db/repos/scrub-copy.repo';

/** Card numbers and long digit runs in log lines (timestamps there have no run longer than 4). */
const LONG_DIGITS = /\d{6,}/g;

/** A log file's text without the export's secrets, nor any long digit run (a card read but never stored). */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const v of byLength(secrets)) out = out.split(v).join(placeholder(v));
  return out.replace(LONG_DIGITS, (run) => '0'.repeat(run.length));
}
