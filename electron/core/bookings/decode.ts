import { MAX_IMPORT_BYTES } from '../../../shared/domain/booking-import';
import { msg, type Message } from '../../../shared/messages';
import { ImportError } from './import-error';

export type TextEncodingChoice = 'auto' | 'utf-8' | 'utf-16le' | 'windows-1252';

const MB = 1024 * 1024;

/** `what` names the file in the sentence ("CSV file", "file"), worded in the clerk's language too. */
export function assertImportSize(bytes: number, what: Message): void {
  if (bytes === 0) throw new ImportError(msg('bookings.file.empty', { what }));
  if (bytes > MAX_IMPORT_BYTES)
    throw new ImportError(msg('bookings.file.tooBig', { what, size: (bytes / MB).toFixed(1), max: MAX_IMPORT_BYTES / MB }));
}

/**
 * Bytes → text. 'auto' takes UTF-8 (BOM or not; Excel adds one) and UTF-16 with a BOM (Excel's
 * "Unicode text"), and refuses bytes that are not valid UTF-8 rather than guess: a Latin-1 file
 * read as UTF-8 would silently turn "García" into "Garc�a". The clerk can then choose
 * Windows-1252 (Western European, what older Excel writes) explicitly.
 */
export function decodeImportBytes(
  bytes: Uint8Array,
  choice: TextEncodingChoice,
  what: Message = msg('bookings.file.any'),
): { text: string; encoding: string } {
  assertImportSize(bytes.length, what);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (choice === 'utf-16le' || (choice === 'auto' && b0 === 0xff && b1 === 0xfe))
    return { text: stripBom(new TextDecoder('utf-16le').decode(bytes)), encoding: 'utf-16le' };
  if (choice === 'auto' && b0 === 0xfe && b1 === 0xff)
    return { text: stripBom(new TextDecoder('utf-16be').decode(bytes)), encoding: 'utf-16be' };
  if (choice === 'windows-1252') return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    const zeros = bytes.subarray(0, 200).filter((b) => b === 0).length;
    const hint = zeros > 20 ? msg('bookings.file.hintUtf16') : msg('bookings.file.hintLatin1');
    throw new ImportError(msg('bookings.file.notUtf8', { what, byte: (bytes[at] ?? 0).toString(16).padStart(2, '0'), line, hint }));
  }
}

const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** Offset of the first non-ASCII byte on the first line that does not decode as UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      dec.decode(bytes.subarray(start, i));
    } catch {
      for (let j = start; j < i; j++) if ((bytes[j] ?? 0) >= 0x80) return j;
      return start;
    }
    start = i + 1;
  }
  return 0;
}
