import type { SlipPageSizeName } from '../../../shared/domain/desk-settings';

/**
 * What Electron main provides for printing (electron/main/slip-printer.ts wraps main/print.ts).
 * Absent in the preview server: the core then hands the slip HTML to the browser's print view.
 */
export interface SlipPrinter {
  print(job: { html: string; pageSize: SlipPageSizeName; deviceName: string | null }): Promise<{ kind: 'printed'; printer: string } | { kind: 'pdf'; file: string; reason: string }>;
  list(): Promise<{ name: string; displayName: string }[]>;
}
