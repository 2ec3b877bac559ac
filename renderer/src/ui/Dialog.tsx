import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

/**
 * A modal built on <dialog>: the browser traps focus, Escape closes it, and the title names it
 * for screen readers. `open` drives it; closing by any means calls `onClose` once.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  wide = false,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useTranslation();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className={`desk-dialog${wide ? ' desk-dialog-wide' : ''}`} aria-labelledby={titleId} onClose={onClose}>
      <header className="desk-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-secondary" onClick={() => ref.current?.close()}>
          {t('actions.close')}
        </button>
      </header>
      {open && <div className="desk-dialog-body">{children}</div>}
    </dialog>
  );
}
