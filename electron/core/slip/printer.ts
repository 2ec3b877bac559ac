import type { SlipPageSizeName } from '../../../shared/domain/desk-settings';
import type { Message } from '../../../shared/messages';

/**
 * What Electron main provides for printing (electron/main/slip-printer.ts wraps main/print.ts).
 * Absent in the preview server: the core then hands the slip HTML to the browser's print view.
 */
export interface SlipPrinter {
  /** `sent`: spooled, but the printer's state cannot be read, so it is not known to have printed; a PDF copy is at `file`. */
  print(job: {
    html: string;
    pageSize: SlipPageSizeName;
    deviceName: string | null;
    bookingId: number;
  }): Promise<
    { kind: 'printed'; printer: string } | { kind: 'sent'; printer: string; file: string } | { kind: 'pdf'; file: string; reason: Message }
  >;
  list(): Promise<{ name: string; displayName: string }[]>;
}
