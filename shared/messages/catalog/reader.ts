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
  'reader.demoOnly': {
    en: 'Demo cards exist only in demo mode: tap a real card on the reader.',
    es: 'Las tarjetas de demostración solo existen en el modo demostración: acerque una tarjeta real al lector.',
  },
  'reader.notPluggedIn': { en: 'The reader is not plugged in.', es: 'El lector no está enchufado.' },
  'reader.openFailed': { en: 'The reader could not be opened: {{error}}', es: 'No se ha podido abrir el lector: {{error}}' },
  'reader.cannotList': {
    en: 'USB readers cannot be listed on this computer; the keyboard reader still works.',
    es: 'En este ordenador no se pueden mostrar los lectores USB; el lector de teclado sigue funcionando.',
  },
  // Calibration.
  'reader.notThisDesksLock': {
    en: 'That lock is not one of this desk’s doors.',
    es: 'Esa cerradura no es de ninguna puerta de esta recepción.',
  },

  // The screen's own words.
  'reader.title': { en: 'Card reader', es: 'Lector de tarjetas' },
  'reader.loading': { en: 'Loading the reader…', es: 'Cargando el lector…' },
  'reader.now': { en: 'Now', es: 'Ahora' },
  'reader.source': { en: 'Cards come from', es: 'Las tarjetas llegan por' },
  'reader.sourceHid': { en: 'USB reader (read directly)', es: 'Lector USB (lectura directa)' },
  'reader.sourceKeyboard': { en: 'Keyboard (the reader types the number)', es: 'Teclado (el lector escribe el número)' },
  'reader.usb': { en: 'USB reader', es: 'Lector USB' },
  'reader.connected': { en: 'Connected: {{device}}', es: 'Conectado: {{device}}' },
  'reader.notConnected': { en: 'Not connected — {{why}}', es: 'No conectado: {{why}}' },
  'reader.waiting': { en: 'waiting for it', es: 'esperando a que se conecte' },
  'reader.hidDevice': { en: 'HID device', es: 'Dispositivo HID' },
  'reader.lastCard': { en: 'Last card', es: 'Última tarjeta' },
  'reader.noneYet': { en: 'No card read since the desk started.', es: 'No se ha leído ninguna tarjeta desde que se abrió la recepción.' },
  'reader.lastRead': { en: '{{card}} at {{time}} ({{source}})', es: '{{card}} a las {{time}} ({{source}})' },
  'reader.via.hid': { en: 'USB', es: 'USB' },
  'reader.via.keyboard': { en: 'keyboard', es: 'teclado' },
  'reader.ignored': { en: 'Ignored at {{time}}: {{why}}', es: 'Descartada a las {{time}}: {{why}}' },
  'reader.notACardNumber': { en: 'not a card number', es: 'no es un número de tarjeta' },
  'reader.tapAgain': {
    en: 'The reader sent something that is not a card number ({{why}}). Tap the card again.',
    es: 'El lector ha enviado algo que no es un número de tarjeta ({{why}}). Acerque la tarjeta de nuevo.',
  },
  'reader.devices': { en: 'USB devices', es: 'Dispositivos USB' },
  'reader.noDevices': {
    en: 'No USB reader found. A reader that types works anyway: tap a card wherever the cursor is.',
    es: 'No se ha encontrado ningún lector USB. Un lector que escribe funciona igualmente: acerque una tarjeta esté donde esté el cursor.',
  },
  'reader.inUse': { en: 'In use', es: 'En uso' },
  'reader.useThis': { en: 'Use this reader', es: 'Usar este lector' },
  'reader.lookAgain': { en: 'Look again', es: 'Buscar de nuevo' },
  'reader.keyboardOnly': { en: 'Use the keyboard reader only', es: 'Usar solo el lector de teclado' },
  'reader.lockFallback': { en: 'lock {{id}}', es: 'cerradura {{id}}' },
  'reader.calibrate.title': { en: 'Calibrate with a test card', es: 'Calibrar con una tarjeta de prueba' },
  'reader.calibrate.intro': {
    en: 'Enrol one card on a door with the Sifely app first. Then choose that door and tap the same card here.',
    es: 'Primero dé de alta una tarjeta en una puerta con la app de Sifely. Después elija esa puerta y acerque aquí la misma tarjeta.',
  },
  'reader.calibrate.door': { en: 'Door', es: 'Puerta' },
  'reader.calibrate.start': { en: 'Calibrate', es: 'Calibrar' },
  'reader.calibrate.tapNow': {
    en: 'Tap the test card on the reader now (door: {{door}}).',
    es: 'Acerque ahora la tarjeta de prueba al lector (puerta: {{door}}).',
  },
  'reader.calibrate.checking': { en: 'Looking for the card on the lock…', es: 'Buscando la tarjeta en la cerradura…' },
  'reader.calibrate.cancel': { en: 'Cancel', es: 'Cancelar' },
  'reader.calibrate.noMatch_zero': {
    en: '{{door}} has no cards yet, so the card read as <code>{{raw}}</code> cannot be found on it. Enrol the test card on this door with the Sifely app first.',
    es: '{{door}} aún no tiene tarjetas, así que la tarjeta leída como <code>{{raw}}</code> no puede estar en ella. Dé de alta antes la tarjeta de prueba en esta puerta con la app de Sifely.',
  },
  'reader.calibrate.noMatch_one': {
    en: 'The card read as <code>{{raw}}</code> is not the only card of {{door}} in any known format. Check the door, or enrol the card with the Sifely app first.',
    es: 'La tarjeta leída como <code>{{raw}}</code> no es la única tarjeta de {{door}} en ningún formato conocido. Compruebe la puerta o dé de alta antes la tarjeta con la app de Sifely.',
  },
  'reader.calibrate.noMatch_other': {
    en: 'The card read as <code>{{raw}}</code> is not among the {{count}} cards of {{door}} in any known format. Check the door, or enrol the card with the Sifely app first.',
    es: 'La tarjeta leída como <code>{{raw}}</code> no está entre las {{count}} tarjetas de {{door}} en ningún formato conocido. Compruebe la puerta o dé de alta antes la tarjeta con la app de Sifely.',
  },
  'reader.calibrate.match': {
    en: 'Match: the reader sent <code>{{raw}}</code>; {{door}} lists it as <code>{{card}}</code>.',
    es: 'Coincide: el lector envió <code>{{raw}}</code> y {{door}} la tiene como <code>{{card}}</code>.',
  },
  'reader.calibrate.details': { en: '{{format}} · bytes {{order}} · {{zeros}}', es: '{{format}} · orden de bytes: {{order}} · {{zeros}}' },
  'reader.calibrate.undecided': {
    en: ' (this card cannot tell {{axes}}; the usual choice is used)',
    es: ' (con esta tarjeta no se puede saber {{axes}}; se usa la opción habitual)',
  },
  'reader.calibrate.axis.format': { en: 'the number format', es: 'el formato del número' },
  'reader.calibrate.axis.byteOrder': { en: 'the byte order', es: 'el orden de los bytes' },
  'reader.calibrate.axis.leadingZeros': { en: 'whether leading zeros count', es: 'si cuentan los ceros a la izquierda' },
  'reader.calibrate.save': { en: 'Save this reader profile', es: 'Guardar este perfil del lector' },
  'reader.calibrate.tryAgain': { en: 'Try again', es: 'Intentar de nuevo' },
  'reader.calibrate.discard': { en: 'Discard', es: 'Descartar' },
  'reader.profile.title': { en: 'Card number profile', es: 'Perfil del número de tarjeta' },
  'reader.profile.calibrated': { en: 'Calibrated {{when}} with card {{card}}.', es: 'Calibrado el {{when}} con la tarjeta {{card}}.' },
  'reader.profile.notCalibrated': { en: 'Not calibrated yet.', es: 'Aún sin calibrar.' },
  'reader.profile.output': { en: 'What the reader types for a card', es: 'Lo que escribe el lector por cada tarjeta' },
  'reader.profile.byteOrder': { en: 'Order of the card number', es: 'Orden del número de tarjeta' },
  'reader.profile.leadingZeros': { en: 'Zeros at the start', es: 'Ceros al principio' },
  'reader.profile.endpoint': { en: 'How a card is sent to the locks', es: 'Cómo se envía una tarjeta a las cerraduras' },
  'reader.profile.save': { en: 'Save profile', es: 'Guardar perfil' },
  'reader.format.8h10d': { en: 'Always 10 digits (the usual setting)', es: 'Siempre 10 cifras (lo habitual)' },
  'reader.format.decimal': { en: 'Digits only, any length', es: 'Solo cifras, de cualquier longitud' },
  'reader.format.hex': { en: 'Digits and letters A–F', es: 'Cifras y letras de la A a la F' },
  'reader.order.as-read': { en: 'As the reader types it', es: 'Tal como lo escribe el lector' },
  'reader.order.reversed': {
    en: 'Back to front (the lock list shows it reversed)',
    es: 'Al revés (la lista de la cerradura lo muestra invertido)',
  },
  'reader.zeros.keep': { en: 'Keep them (0012345678)', es: 'Mantenerlos (0012345678)' },
  'reader.zeros.strip': { en: 'Drop them (12345678)', es: 'Quitarlos (12345678)' },
  'reader.endpoint.plain': {
    en: 'The number as the lock list shows it (usual)',
    es: 'El número como lo muestra la lista de la cerradura (lo habitual)',
  },
  'reader.endpoint.reversed': {
    en: 'The number back to front (only if calibration says so)',
    es: 'El número al revés (solo si la calibración lo indica)',
  },
  'reader.via.demo': { en: 'demo card', es: 'tarjeta de demostración' },
  'reader.via.typed': { en: 'typed by hand', es: 'escrita a mano' },
  'reader.profile.intro': {
    en: 'Calibration (above) fills these in by itself. Change them only if you know how the reader is set.',
    es: 'La calibración (arriba) los rellena sola. Cámbielos solo si sabe cómo está configurado el lector.',
  },
});
