import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { ReaderPanel } from './ReaderPanel';

/** A top-bar button opening the Reader panel as a modal dialog (Escape or Close dismisses it). */
export function ReaderButton() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-topbar"
        onClick={() => {
          // A tap while calibrating must not be issued to a guest waiting for a card.
          useDesk.getState().cancelFlow();
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('app.reader')}
      </button>
      <dialog ref={dialog} className="reader-dialog" aria-labelledby="reader-dialog-title" onClose={() => setOpen(false)}>
        <header className="reader-dialog-head">
          <h2 id="reader-dialog-title">{t('reader.title')}</h2>
          <button type="button" className="btn btn-secondary" onClick={() => dialog.current?.close()}>
            {t('actions.close')}
          </button>
        </header>
        {open && <ReaderPanel />}
      </dialog>
    </>
  );
}
