import { defineMessages } from '../define';

/** A card number typed by hand when the reader is broken. Keys start with 'typed.'. Spanish (Spain), usted form. */
export const typedMessages = defineMessages({
  'typed.open': { en: 'Type a card number by hand', es: 'Escribir a mano el número de una tarjeta' },
  'typed.title': { en: 'Type the card number', es: 'Escribir el número de la tarjeta' },
  'typed.label': { en: 'Card number (as printed on the card)', es: 'Número de la tarjeta (el impreso en ella)' },
  'typed.hint': { en: 'Digits only. Recorded in the audit log under your name.', es: 'Solo cifras. Queda en el registro a su nombre.' },
  'typed.use': { en: 'Use this number', es: 'Usar este número' },
  'typed.cancel': { en: 'Hide', es: 'Ocultar' },
});
