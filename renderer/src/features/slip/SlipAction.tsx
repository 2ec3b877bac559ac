import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desk } from '../../api/bridge';
import { openSlipPrintView } from './printView';

/**
 * "Print slip" for a booking. In Electron the core prints silently to the chosen printer (or saves
 * a PDF); in the preview it returns the slip and the browser's print view opens. Reprint any time.
 */
export function SlipAction({ bookingId, disabled = false }: { bookingId: number; disabled?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function print(): Promise<void> {
    setBusy(true);
    setMessage(null);
    const r = await desk.invoke('slip:print', { bookingId });
    setBusy(false);
    if (!r.ok) return setMessage(r.message);
    switch (r.value.kind) {
      case 'printed':
        return setMessage(t('slip.printed', { printer: r.value.printer }));
      case 'pdf':
        return setMessage(t('slip.pdf', { file: r.value.file }));
      case 'preview':
        openSlipPrintView(r.value.html, () => setMessage(null));
        return;
    }
  }

  return (
    <span className="slip-action">
      <button type="button" className="btn btn-primary" disabled={disabled || busy} onClick={() => void print()}>
        {busy ? t('slip.printing') : t('slip.print')}
      </button>
      {message && (
        <span className="slip-message" role="status">
          {message}
        </span>
      )}
    </span>
  );
}
