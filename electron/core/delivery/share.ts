import { QR_MAX_BYTES } from '../../../shared/domain/desk-settings';
import { qrSvg } from '../slip/qr';

/**
 * The QR a clerk scans with the phone they answer an OTA's inbox on: the guest's message when it
 * fits a QR code, otherwise its first lines (the code and its window come first in every template
 * the desk ships; a manager's longer one is cut, never refused).
 */
export function shareQr(text: string): string {
  const bytes = (s: string): number => new TextEncoder().encode(s).length;
  let fitting = text;
  const lines = text.split('\n');
  while (bytes(fitting) > QR_MAX_BYTES && lines.length > 1) {
    lines.pop();
    fitting = lines.join('\n').trim();
  }
  if (bytes(fitting) > QR_MAX_BYTES) fitting = fitting.slice(0, 120);
  return qrSvg(fitting);
}
