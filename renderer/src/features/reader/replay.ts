/**
 * Puts held-back human keystrokes into the field they were typed in, as if typed: the browser's
 * own insertText (fires beforeinput/input, keeps undo, React's onChange sees it), or for inputs
 * where that is refused, setRangeText plus an input event, which React's value tracker also sees.
 */
export function replayText(target: Element | null, text: string): boolean {
  if (!text || !(target instanceof HTMLElement) || document.activeElement !== target) return false;
  const field = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : null;
  if (!field && !target.isContentEditable) return false;
  if (field && (field.readOnly || field.disabled)) return false;
  if (document.execCommand('insertText', false, text)) return true;
  if (!field) return false;
  try {
    field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
  } catch {
    return false; // input types without a selection (number, email): nothing sensible to do
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}
