import { LanguageSelect } from '../../ui/LanguageSelect';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlipPrintOutcomeSchema } from '../../../../shared/domain/setup';
import { LANGUAGES, type Language } from '../../../../shared/messages/languages';
import type { z } from 'zod';
import type { WireMessage } from '../../../../shared/messages';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';
import { openSlipPrintView } from './printView';
import './slip.css';

type Outcome = z.infer<typeof SlipPrintOutcomeSchema>;
/** What the status line says; kept as data so it is re-worded when the clerk switches language. */
type Status = { kind: 'error'; msg: WireMessage } | Exclude<Outcome, { kind: 'preview' }>;

/**
 * "Print slip" for a booking, in the guest's language: the select starts at the property's slip
 * language and the clerk may pick another for this guest (a Spanish guest at an English desk).
 * In Electron the core prints silently to the chosen printer (or saves a PDF); in the preview it
 * returns the slip and the browser's print view opens. Reprint any time.
 */
export function SlipAction({ bookingId, disabled = false }: { bookingId: number; disabled?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const propertyLanguage = useDesk((s) => s.slipLanguage);
  const loadSlipOptions = useDesk((s) => s.loadSlipOptions);
  const printSlip = useDesk((s) => s.printSlip);
  /** The clerk's choice for this booking; null → the property's (the core resolves it). */
  const [chosen, setChosen] = useState<Language | null>(null);
  const [forBooking, setForBooking] = useState(bookingId);
  if (forBooking !== bookingId) {
    // Another guest: back to the property's language, and the last outcome is not theirs.
    setForBooking(bookingId);
    setChosen(null);
    setStatus(null);
  }

  useEffect(() => {
    // Asked again per booking, so a language the manager just changed in setup shows here.
    void loadSlipOptions();
  }, [bookingId, loadSlipOptions]);

  async function print(): Promise<void> {
    setBusy(true);
    setStatus(null);
    const r = await printSlip(bookingId, chosen);
    setBusy(false);
    if (!r.ok) return setStatus({ kind: 'error', msg: r.msg });
    if (r.value.kind === 'preview') openSlipPrintView(r.value.html, () => setStatus(null));
    else setStatus(r.value);
  }

  const message = !status
    ? null
    : status.kind === 'error'
      ? words(status.msg)
      : status.kind === 'printed'
        ? t('slip.printed', { printer: status.printer })
        : status.kind === 'sent'
          ? words(status.note)
          : t('slip.pdf', { file: status.file, reason: words(status.reason) });

  return (
    <span className="slip-action">
      <span className="slip-split">
        <button type="button" className="btn btn-primary" disabled={disabled || busy} onClick={() => void print()}>
          {busy ? t('slip.printing') : t('slip.print')}
        </button>
        {/* EN / ES like the top bar's language buttons: the actions bar has no room for full names at 1366 px. */}
        <LanguageSelect
          short
          className="slip-language"
          aria-label={t('slip.language')}
          title={t('slip.language')}
          value={chosen ?? propertyLanguage ?? LANGUAGES[0].code}
          disabled={disabled || busy}
          onChange={setChosen}
        />
      </span>
      {message && (
        <span className="slip-message" role="status">
          {message}
        </span>
      )}
    </span>
  );
}
