import { createBurstDetector } from '../../../../shared/wedge/burst';

/**
 * Keyboard-wedge reader input for the walking skeleton: key events are fed to the burst detector
 * in the capture phase, before any field sees them. Digits are held back from the page while no
 * text field has focus; the reader issue replaces this with full swallowing and replay.
 */
export function installWedge(onCard: (cardNumber: string) => void): () => void {
  const detector = createBurstDetector();
  const listener = (e: KeyboardEvent): void => {
    const verdict = detector.key(e.key, e.timeStamp);
    const editable = e.target instanceof HTMLElement && (e.target.isContentEditable || e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement);
    if (verdict.kind === 'card') {
      e.preventDefault();
      e.stopPropagation();
      onCard(verdict.digits);
    } else if (verdict.kind === 'buffering' && !editable) {
      e.preventDefault();
    }
  };
  window.addEventListener('keydown', listener, true);
  return () => window.removeEventListener('keydown', listener, true);
}
