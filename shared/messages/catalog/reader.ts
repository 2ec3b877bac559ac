import { defineMessages } from '../define';

/**
 * Sentences the core sends about the card reader, in every desk language. Keys start with
 * 'reader.'. The reasons a read is refused are lower-case fragments: the Reader panel and the
 * keyboard reader's notice put them inside a sentence of their own.
 */
export const readerMessages = defineMessages({
  // Why a read is not a card number (shared/cards/uid.ts) or not a new tap (reader/service.ts).
  'reader.readLength': {
    en: 'a {{format}} read has {{expected}} characters, this one has {{actual}}',
    es: 'una lectura {{format}} tiene {{expected}} caracteres y esta tiene {{actual}}',
  },
  'reader.lengthRange': { en: '{{min}} to {{max}}', es: 'de {{min}} a {{max}}' },
  'reader.hexCharsOnly': { en: 'a hex read has only 0–9 and A–F', es: 'una lectura hex solo lleva 0–9 y A–F' },
  'reader.hexNotUid': {
    en: '{{digits}} hex digits is not a 4-, 7- or 10-byte UID',
    es: '{{digits}} dígitos hex no forman un UID de 4, 7 o 10 bytes',
  },
  'reader.decimalDigitsOnly': { en: 'a decimal read has only digits', es: 'una lectura decimal solo lleva cifras' },
  'reader.largerThanUid': { en: '{{number}} is larger than a {{bytes}}-byte UID', es: '{{number}} es mayor que un UID de {{bytes}} bytes' },
  'reader.sameCardAgain': { en: 'the same card again within a second', es: 'la misma tarjeta otra vez en menos de un segundo' },
  // The USB (HID) reader.
  'reader.demoOnly': { en: 'Demo cards exist only in demo mode: tap a real card on the reader.', es: 'Las tarjetas de demostración solo existen en el modo demostración: acerque una tarjeta real al lector.' },
  'reader.notPluggedIn': { en: 'The reader is not plugged in.', es: 'El lector no está enchufado.' },
  'reader.openFailed': { en: 'The reader could not be opened: {{error}}', es: 'No se ha podido abrir el lector: {{error}}' },
  'reader.cannotList': {
    en: 'USB readers cannot be listed on this computer; the keyboard reader still works.',
    es: 'En este ordenador no se pueden mostrar los lectores USB; el lector de teclado sigue funcionando.',
  },
  // Calibration.
  'reader.notThisDesksLock': { en: 'That lock is not one of this desk’s doors.', es: 'Esa cerradura no es de ninguna puerta de esta recepción.' },
});
