import { useDesk } from '../../store';
import { useReader } from './readerStore';

/**
 * A card the desk accepted, from either reader: the HID reader's 'reader:card' event or the reply
 * to a keyboard-wedge read. A tap made to calibrate the reader belongs to the calibration, not to
 * the desk behind the dialog (it would otherwise also ask "whose card is this?" or issue to the
 * selected guest).
 */
export function cardTapped(cardNumber: string): void {
  const step = useReader.getState().calibration.step;
  if (step === 'waiting' || step === 'checking') return;
  void useDesk.getState().cardRead(cardNumber);
}
