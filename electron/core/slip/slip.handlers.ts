import type { BookingDetail } from '../../../shared/domain/booking';
import type { SlipPageSizeName } from '../../../shared/domain/desk-settings';
import type { Property } from '../../../shared/domain/property';
import { msg, type Message } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { CredentialsRepo } from '../db/repos/credentials.repo';
import { DeskError } from '../ipc/desk-error';
import { handlersFor } from '../ipc/dispatch';
import type { SettingsRepo } from '../db/repos/settings.repo';
import type { SlipPrinter } from './printer';
import { renderSlipHtml } from './render';

export interface SlipDeps {
  detail: (bookingId: number) => BookingDetail;
  property: () => Property;
  settings: SettingsRepo;
  credentials: CredentialsRepo;
  audit: AuditRepo;
  staff: () => string;
  now: () => number;
  /** Electron main's printer; null in the preview (the browser prints). */
  printer: SlipPrinter | null;
}

/** The guest slip: rendered in the core from the booking's credentials, printed by main. */
export function slipHandlers(deps: SlipDeps) {
  function render(
    bookingId: number,
    requested: SlipPageSizeName | undefined,
    language: Language | undefined,
  ): { html: string; pageSize: SlipPageSizeName; language: Language } {
    const booking = deps.detail(bookingId);
    if (booking.status === 'cancelled') throw new DeskError('conflict', msg('slip.cancelled'));
    const settings = deps.settings.get();
    const pageSize = requested ?? settings.pageSize;
    // The guest's language when the clerk chose one for this slip, else the property's.
    const lang = language ?? settings.language;
    const offline = new Set(
      deps.credentials
        .forBooking(bookingId)
        .filter((c) => c.variant === 'offline')
        .map((c) => c.id),
    );
    const html = renderSlipHtml({
      booking,
      property: deps.property(),
      pageSize,
      houseText: settings.houseText,
      qrText: settings.qrText,
      offlineCredentialIds: offline,
      printedAtMs: deps.now(),
      language: lang,
    });
    return { html, pageSize, language: lang };
  }

  return handlersFor({
    'slip:options': () => {
      const { language, pageSize } = deps.settings.get();
      return { language, pageSize };
    },
    'slip:render': ({ bookingId, pageSize, language }) => {
      const { html, pageSize: size } = render(bookingId, pageSize, language);
      return { html, pageSize: size };
    },
    'slip:print': async ({ bookingId, pageSize, language }) => {
      const { language: lang, ...slip } = render(bookingId, pageSize, language);
      const note = (detail: Message): void =>
        void deps.audit.add({ staff: deps.staff(), action: 'print-slip', bookingId, detail, result: 'ok' });
      if (!deps.printer) {
        note(msg('audit.slipBrowser', { size: slip.pageSize, language: lang }));
        return { kind: 'preview' as const, ...slip };
      }
      const outcome = await deps.printer.print({ ...slip, deviceName: deps.settings.get().printerName, bookingId });
      if (outcome.kind === 'printed') note(msg('audit.slipPrinted', { size: slip.pageSize, language: lang, printer: outcome.printer }));
      else if (outcome.kind === 'pdf') note(msg('audit.slipPdf', { size: slip.pageSize, language: lang, reason: outcome.reason }));
      else {
        note(msg('audit.slipSent', { size: slip.pageSize, language: lang, printer: outcome.printer, file: outcome.file }));
        // The clerk's sentence travels as a catalogue message: "sent to the printer", never "printed".
        return { ...outcome, note: msg('slip.sentUnconfirmed', { printer: outcome.printer, file: outcome.file }) };
      }
      return outcome;
    },
  });
}
