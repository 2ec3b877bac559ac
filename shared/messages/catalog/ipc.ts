import { defineMessages } from '../define';

/** Sentences of the IPC boundary itself (dispatch, transports). Keys start with 'ipc.'. */
export const ipcMessages = defineMessages({
  'ipc.forbiddenWindow': { en: 'This window may not use the desk.', es: 'Esta ventana no puede usar la recepción.' },
  'ipc.unknownRequest': { en: 'Unknown request.', es: 'Petición desconocida.' },
  'ipc.invalidRequest': { en: 'Invalid request: {{details}}', es: 'Petición no válida: {{details}}' },
  'ipc.internal': {
    en: 'Something went wrong at the desk. The details were logged; please try again.',
    es: 'Algo ha fallado en la recepción. Los detalles se han registrado; inténtelo de nuevo.',
  },
  'ipc.serviceAnswered': { en: 'The desk service answered {{status}}.', es: 'El servicio de la recepción respondió {{status}}.' },
  'ipc.serviceUnreachable': {
    en: 'The desk service cannot be reached. Is it still running?',
    es: 'No se puede contactar con el servicio de recepción. ¿Sigue en marcha?',
  },
  // A text that is not ours to word (zod's own complaint, a library's error), carried as it is.
  'ipc.text': { en: '{{text}}', es: '{{text}}' },
  // Lists: several sentences (or clauses) worded in the same language, joined as the English always was.
  'ipc.join.sentences': { en: '{{first}} {{next}}', es: '{{first}} {{next}}' },
  'ipc.join.clauses': { en: '{{first}}; {{next}}', es: '{{first}}; {{next}}' },
  // Field rules of the IPC schemas (zod messages are these keys; dispatch words them).
  'ipc.field.guestName': { en: 'the guest name is required', es: 'falta el nombre del huésped' },
  'ipc.field.wallTime': { en: 'expected HH:MM', es: 'se esperaba HH:MM' },
  'ipc.field.account': { en: 'the account is needed', es: 'falta la cuenta' },
  'ipc.field.password': { en: 'the password is needed', es: 'falta la contraseña' },
  'ipc.field.roomName': { en: 'a room name is needed', es: 'falta el nombre de la habitación' },
  'ipc.field.pin': { en: 'a PIN is 4 to 8 digits', es: 'un PIN tiene de 4 a 8 cifras' },
  'ipc.field.staffName': { en: 'a name is needed', es: 'falta el nombre' },
  'ipc.field.feedHost': {
    en: 'a host name only, such as nas.local or 192.168.1.20 (no http://, no path)',
    es: 'solo el nombre del equipo, como nas.local o 192.168.1.20 (sin http://, sin ruta)',
  },
  'ipc.field.hidReader': {
    en: 'a HID reader needs its vendor and product id; a keyboard reader has none',
    es: 'un lector HID necesita su id de fabricante y de producto; un lector de teclado no tiene',
  },
  'ipc.field.cardNumber': { en: 'a card number is 4 to 20 digits', es: 'un número de tarjeta tiene de 4 a 20 cifras' },
  // The QR encoder's limit (slip/qr.ts, QR_MAX_BYTES = 400).
  'ipc.field.qrTooLong': {
    en: 'too long for a QR code (at most 400 bytes; accented letters count as two)',
    es: 'demasiado largo para un código QR (como máximo 400 bytes; las letras con tilde cuentan como dos)',
  },
  'ipc.field.passcode': { en: 'a passcode is 4 to 9 digits', es: 'un código tiene de 4 a 9 cifras' },
  'ipc.field.email': { en: 'not an e-mail address (name@example.com)', es: 'no es una dirección de correo (nombre@ejemplo.com)' },
  'ipc.field.phone': {
    en: 'a phone number with its country code (+34 600 123 456)',
    es: 'un teléfono con su prefijo de país (+34 600 123 456)',
  },
});

/** A zod message that is a catalogue key, so a refused field is worded in the clerk's language (see dispatch). */
export type FieldRuleKey = Extract<keyof typeof ipcMessages, `ipc.field.${string}`>;
export const fieldRule = (key: FieldRuleKey): string => key;
