import QRCode from 'qrcode';
import { escapeHtml } from './format';

/**
 * Version 15 at level M holds 412 bytes, more than the 300 characters the setting allows; a
 * larger symbol would print too dense for a phone at the slip's size, so it is refused instead.
 */
const MAX_VERSION = 15;

/**
 * Byte mode has no charset of its own and the `qrcode` package writes no ECI header, so readers
 * guess: zbar takes UTF-8 bytes such as "ñ" for Shift JIS. A leading UTF-8 byte-order mark makes
 * them read UTF-8 (and drop the mark); pure ASCII goes without one, the form every reader handles.
 */
const UTF8_MARK = '\uFEFF';

/** The module matrix (true = dark), error correction level M, as the `qrcode` package encodes it. */
export function qrMatrix(text: string): boolean[][] {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\u0000-\u007f]*$/.test(text);
  const qr = QRCode.create(ascii ? text : UTF8_MARK + text, { errorCorrectionLevel: 'M' });
  if (qr.version > MAX_VERSION) throw new RangeError(`QR text too long (${new TextEncoder().encode(text).length} bytes)`);
  const { size } = qr.modules;
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => qr.modules.get(y, x) === 1));
}

/** An inline SVG (4-module quiet zone), crisp at any print size; `label` names it for screen readers, in the slip's language. */
export function qrSvg(text: string, label = 'QR code'): string {
  const m = qrMatrix(text);
  const n = m.length + 8;
  let path = '';
  m.forEach((row, y) => row.forEach((dark, x) => (path += dark ? `M${x + 4},${y + 4}h1v1h-1z` : '')));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(label)}"><rect width="${n}" height="${n}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
