import { formatMessage, type MessageKey } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import { formatWallMinute } from '../../../shared/time/zoned';
import type { AuditEntry } from '../db/repos/audit.repo';

const COLUMNS = [
  'audit.csv.when',
  'audit.csv.staff',
  'audit.csv.action',
  'audit.csv.guest',
  'audit.csv.room',
  'audit.csv.detail',
  'audit.csv.result',
] as const satisfies readonly MessageKey[];

/**
 * One cell: quoted when it holds a separator, quote or line break; a leading = + - @ (or tab/CR)
 * gets an apostrophe so a spreadsheet shows a guest name such as "=HYPERLINK(…)" as text, never
 * runs it (CSV injection: guest names come from feeds and files the desk does not control).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The audit log as CSV, in the manager's language (headings, notes, results), times as the
 * property's wall clock. A byte-order mark and CRLF lines, so Excel on the desk PC opens accents
 * and line breaks right.
 */
export function auditCsv(entries: readonly AuditEntry[], language: Language, timeZone: string): string {
  const words = (key: MessageKey): string => formatMessage({ key }, language);
  const lines = [COLUMNS.map((c) => csvCell(words(c))).join(',')];
  for (const e of entries) {
    lines.push(
      [
        formatWallMinute(e.atMs, timeZone),
        e.staff,
        e.action,
        e.guestName ?? '',
        e.roomName ?? '',
        e.detail ? formatMessage(e.detail, language) : '',
        words(`audit.csv.result.${e.result}`),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
