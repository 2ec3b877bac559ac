import { defineMessages } from '../define';

/**
 * Sentences the core sends about bookings, CSV imports and calendar feeds, in every desk
 * language. Keys start with 'bookings.'. Values from a file (a cell, a header, a room name) and
 * texts from libraries (csv-parse, ical.js, the network) are passed in as they are.
 */
export const bookingsMessages = defineMessages({
  // Bookings typed at the desk, and feeds added by hand.
  'bookings.roomUnknown': { en: 'That room does not exist.', es: 'Esa habitación no existe.' },
  'bookings.feedExists': { en: 'This room already has that feed.', es: 'Esta habitación ya tiene ese calendario.' },
  'bookings.feedUnknown': { en: 'That feed does not exist.', es: 'Ese calendario no existe.' },
  'bookings.departureBeforeArrival': { en: 'The departure must be after the arrival.', es: 'La salida debe ser posterior a la llegada.' },
  'bookings.stayTooLong': { en: 'A stay can be at most a year long.', es: 'Una estancia puede durar como máximo un año.' },
  'bookings.overlap': {
    en: 'Room {{room}} is already booked for {{guest}} ({{ref}}) during these dates. Choose another room or other dates.',
    es: 'La habitación {{room}} ya está reservada para {{guest}} ({{ref}}) en estas fechas. Elija otra habitación u otras fechas.',
  },
  'bookings.overlapMore': {
    en: 'Room {{room}} is already booked for {{guest}} ({{ref}}) and {{more}} more during these dates. Choose another room or other dates.',
    es: 'La habitación {{room}} ya está reservada para {{guest}} ({{ref}}) y {{more}} más en estas fechas. Elija otra habitación u otras fechas.',
  },
  'bookings.refTaken': {
    en: 'There is already a desk booking with the reference {{ref}}.',
    es: 'Ya hay una reserva hecha en recepción con la referencia {{ref}}.',
  },
  'bookings.bookingGone': { en: 'This booking no longer exists.', es: 'Esta reserva ya no existe.' },
  'bookings.checkedOut': {
    en: 'This guest has checked out; the stay can no longer be changed.',
    es: 'La salida de este huésped ya está registrada; la estancia ya no se puede cambiar.',
  },

  // Importing a CSV file as a whole.
  'bookings.import.nothingFile': { en: 'Nothing was imported: {{problems}}', es: 'No se ha importado nada: {{problems}}' },
  'bookings.import.nothingRow': {
    en: 'Nothing was imported: {{count}} row has errors (line {{line}}: {{problems}}). Fix the file and import it again.',
    es: 'No se ha importado nada: {{count}} fila tiene errores (línea {{line}}: {{problems}}). Corrija el archivo e impórtelo de nuevo.',
  },
  'bookings.import.nothingRows': {
    en: 'Nothing was imported: {{count}} rows have errors (line {{line}}: {{problems}}). Fix the file and import it again.',
    es: 'No se ha importado nada: {{count}} filas tienen errores (línea {{line}}: {{problems}}). Corrija el archivo e impórtelo de nuevo.',
  },
  'bookings.file.csv': { en: 'CSV file', es: 'archivo CSV' },
  'bookings.file.any': { en: 'file', es: 'archivo' },
  'bookings.file.empty': { en: 'The {{what}} is empty.', es: 'El {{what}} está vacío.' },
  'bookings.file.tooBig': {
    en: 'The {{what}} is {{size}} MB; the desk reads files up to {{max}} MB. Export a shorter date range and import that.',
    es: 'El {{what}} ocupa {{size}} MB; la recepción lee archivos de hasta {{max}} MB. Exporte un intervalo de fechas más corto e impórtelo.',
  },
  'bookings.file.notUtf8': {
    en: 'The {{what}} is not UTF-8 text (byte 0x{{byte}} on line {{line}}). {{hint}} Save it as "CSV UTF-8" or choose the encoding, and import again.',
    es: 'El {{what}} no es texto UTF-8 (byte 0x{{byte}} en la línea {{line}}). {{hint}} Guárdelo como «CSV UTF-8» o elija la codificación, e impórtelo de nuevo.',
  },
  'bookings.file.hintUtf16': {
    en: 'It looks like UTF-16 without a byte-order mark.',
    es: 'Parece UTF-16 sin marca de orden de bytes (BOM).',
  },
  'bookings.file.hintLatin1': {
    en: 'It is probably Windows-1252 / Latin-1 (older Excel).',
    es: 'Probablemente es Windows-1252 / Latin-1 (Excel antiguo).',
  },
  'bookings.csv.empty': { en: 'The CSV file is empty.', es: 'El archivo CSV está vacío.' },
  'bookings.csv.noRows': {
    en: 'The CSV file has a header line but no bookings.',
    es: 'El archivo CSV tiene una línea de encabezados pero ninguna reserva.',
  },
  'bookings.csv.notCsv': {
    en: 'The file is not valid CSV: {{details}}. Nothing was imported.',
    es: 'El archivo no es un CSV válido: {{details}}. No se ha importado nada.',
  },
  'bookings.csv.columnMissing': {
    en: 'The column "{{header}}" (for {{field}}) is not in this file.',
    es: 'La columna «{{header}}» (para {{field}}) no está en este archivo.',
  },
  'bookings.csv.chooseColumn': { en: 'Choose the column that holds the {{field}}.', es: 'Elija la columna de {{field}}.' },
  'bookings.csv.ambiguousDates': {
    en: 'Every date could be day-first or month-first; they were read as day/month/year. Choose the date format if that is wrong.',
    es: 'Todas las fechas podrían ser día/mes o mes/día; se han leído como día/mes/año. Elija el formato de fecha si no es correcto.',
  },
  // What each column holds, as the sentences above name it.
  'bookings.csv.field.ref': { en: 'booking reference', es: 'referencia de la reserva' },
  'bookings.csv.field.guestName': { en: 'guest name', es: 'nombre del huésped' },
  'bookings.csv.field.room': { en: 'room', es: 'habitación' },
  'bookings.csv.field.arrival': { en: 'arrival', es: 'llegada' },
  'bookings.csv.field.departure': { en: 'departure', es: 'salida' },
  'bookings.csv.field.contact': { en: 'contact', es: 'contacto' },
  'bookings.csv.field.notes': { en: 'notes', es: 'notas' },
  'bookings.csv.field.status': { en: 'status', es: 'estado' },
  'bookings.csv.field.email': { en: 'e-mail', es: 'correo' },
  'bookings.csv.field.phone': { en: 'phone', es: 'teléfono' },
  'bookings.row.badEmail': { en: '"{{value}}" is not an e-mail address', es: '«{{value}}» no es una dirección de correo' },
  'bookings.row.badPhone': {
    en: '"{{value}}" is not a phone number with its country code (+34…)',
    es: '«{{value}}» no es un teléfono con prefijo de país (+34…)',
  },

  // Problems with one CSV row (shown after "line N:").
  'bookings.row.noRef': { en: 'no booking reference', es: 'falta la referencia de la reserva' },
  'bookings.row.noGuest': { en: 'no guest name', es: 'falta el nombre del huésped' },
  'bookings.row.noRoom': { en: 'no room', es: 'falta la habitación' },
  'bookings.row.unknownRoom': { en: 'unknown room "{{room}}"', es: 'habitación desconocida «{{room}}»' },
  'bookings.row.noDate': { en: 'no {{field}} date', es: 'falta la fecha de {{field}}' },
  'bookings.row.dateProblem': { en: '{{field}}: {{problem}}', es: '{{field}}: {{problem}}' },
  'bookings.row.departureNotAfter': { en: 'departure is not after arrival', es: 'la salida no es posterior a la llegada' },
  'bookings.row.duplicateRef': {
    en: 'the reference {{ref}} is also on line {{line}}',
    es: 'la referencia {{ref}} también está en la línea {{line}}',
  },
  'bookings.date.notDate': { en: '"{{value}}" is not a date', es: '«{{value}}» no es una fecha' },
  'bookings.date.yearFirst': {
    en: '"{{value}}": the year must come first for year-month-day',
    es: '«{{value}}»: con año-mes-día, el año debe ir primero',
  },
  'bookings.date.noYear': { en: '"{{value}}" has no usable year', es: '«{{value}}» no tiene un año válido' },
  'bookings.date.notReal': {
    en: '"{{value}}" is not a real date (read as {{order}})',
    es: '«{{value}}» no es una fecha que exista (leída como {{order}})',
  },
  'bookings.date.badTime': { en: '"{{value}}" has an impossible time', es: '«{{value}}» tiene una hora imposible' },

  // A stay an import would change but leaves for the desk.
  'bookings.stay.inHouse': {
    en: '{{guest}} ({{ref}}) is in house but {{why}}; the guest keeps their access until a clerk confirms it in Needs attention.',
    es: '{{guest}} ({{ref}}) ya tiene la entrada registrada, pero {{why}}; el huésped conserva su acceso hasta que recepción lo confirme en Requiere atención.',
  },
  'bookings.stay.clash': {
    en: '{{guest}} ({{ref}}) clashes with {{other}} ({{otherRef}}) in room {{room}}: it needs attention and gets no card or code until a clerk moves it, shortens it or cancels it.',
    es: '{{guest}} ({{ref}}) coincide con {{other}} ({{otherRef}}) en la habitación {{room}}: requiere atención y no recibe tarjeta ni código hasta que recepción la cambie de habitación, la acorte o la cancele.',
  },
  'bookings.stay.waitsForClerk': {
    en: 'The change to {{guest}} ({{ref}}) would extend or move a card or code already issued; it waits in Needs attention for a clerk to confirm it.',
    es: 'El cambio de {{guest}} ({{ref}}) ampliaría o movería una tarjeta o un código ya emitidos; espera en Requiere atención a que recepción lo confirme.',
  },
  'bookings.attention.gone': {
    en: 'This change has already been dealt with, or the source no longer asks for it.',
    es: 'Este cambio ya se ha resuelto, o el origen ya no lo pide.',
  },
  'bookings.feed.eventLimit': { en: 'Event {{uid}} left out: {{problem}}.', es: 'Evento {{uid}} omitido: {{problem}}.' },
  'bookings.limit.unstorable': {
    en: 'the dates are outside what the desk can store',
    es: 'las fechas están fuera de lo que la recepción puede guardar',
  },
  'bookings.limit.tooLong': {
    en: 'the stay is {{days}} days long; a stay can be at most a year',
    es: 'la estancia dura {{days}} días; una estancia puede durar como máximo un año',
  },
  'bookings.limit.tooFar': { en: 'the arrival is more than two years ahead', es: 'la llegada es dentro de más de dos años' },
  'bookings.import.reservedSource': {
    en: '"{{source}}" is a name the desk uses itself; name the source after the channel (for example "Booking.com").',
    es: '«{{source}}» es un nombre que usa la propia recepción; ponga al origen el nombre del canal (por ejemplo «Booking.com»).',
  },
  'bookings.stay.cancelledAtSource': { en: 'cancelled at the source', es: 'se ha cancelado en el origen' },
  'bookings.stay.goneFromFeed': { en: 'no longer in the feed', es: 'ya no está en el calendario' },

  // Calendar (iCal) feeds.
  'bookings.ical.empty': { en: 'The calendar is empty.', es: 'El calendario está vacío.' },
  'bookings.ical.invalid': {
    en: 'The calendar is not valid iCalendar data ({{details}}).',
    es: 'El calendario no contiene datos iCalendar válidos ({{details}}).',
  },
  'bookings.ical.notCalendar': {
    en: 'The file is not an iCalendar calendar (no VCALENDAR).',
    es: 'El archivo no es un calendario iCalendar (no hay VCALENDAR).',
  },
  'bookings.ical.skipped': { en: '{{event}}: {{reason}}', es: '{{event}}: {{reason}}' },
  'bookings.ical.anEvent': { en: 'an event', es: 'un evento' },
  'bookings.ical.hostBlock': { en: 'dates blocked by the host, not a stay', es: 'fechas bloqueadas por el anfitrión, no es una estancia' },
  'bookings.ical.noUid': { en: 'no UID', es: 'no tiene UID' },
  'bookings.ical.repeating': { en: 'a repeating event is not a stay', es: 'un evento que se repite no es una estancia' },
  'bookings.ical.noStart': { en: 'no start date', es: 'no tiene fecha de inicio' },
  'bookings.ical.noEnd': { en: 'no end date', es: 'no tiene fecha de fin' },
  'bookings.ical.endsBeforeStart': { en: 'ends before it starts', es: 'termina antes de empezar' },
  'bookings.ical.unknownZone': { en: 'unknown time zone "{{zone}}"', es: 'zona horaria desconocida «{{zone}}»' },
  'bookings.feed.badAddress': {
    en: 'A feed address starts with https:// (or http://).',
    es: 'La dirección de un calendario empieza por https:// (o http://).',
  },
  'bookings.feed.refusedAddress': {
    en: 'The feed points to {{host}}, an address on this PC or the local network; feeds must come from the internet. A manager can allow one local host by name.',
    es: 'El calendario apunta a {{host}}, una dirección de este PC o de la red local; los calendarios deben venir de internet. Un encargado puede permitir un equipo local por su nombre.',
  },
  'bookings.feed.tooManyRedirects': { en: 'The feed redirected too many times.', es: 'El calendario ha redirigido demasiadas veces.' },
  'bookings.feed.notCalendar': {
    en: 'The feed did not answer with a calendar (its content is not shown here).',
    es: 'El calendario no ha respondido con un calendario (su contenido no se muestra aquí).',
  },
  'bookings.feed.tooManyEvents': {
    en: 'The feed has more than {{max}} events; it was not read.',
    es: 'El calendario tiene más de {{max}} eventos; no se ha leído.',
  },
  'bookings.feed.tooManyNew': {
    en: 'More than {{max}} new bookings in one refresh: the rest wait for the next refresh.',
    es: 'Más de {{max}} reservas nuevas en una actualización: el resto espera a la siguiente.',
  },
  'bookings.feed.noAnswer': { en: 'The feed did not answer within {{seconds}} s.', es: 'El calendario no ha respondido en {{seconds}} s.' },
  'bookings.feed.unreachable': {
    en: 'The feed could not be reached ({{cause}}).',
    es: 'No se ha podido acceder al calendario ({{cause}}).',
  },
  'bookings.feed.httpStatus': { en: 'The feed answered HTTP {{status}}.', es: 'El calendario respondió HTTP {{status}}.' },
  'bookings.feed.tooBig': {
    en: 'The feed is larger than {{max}} MB; it was not read.',
    es: 'El calendario ocupa más de {{max}} MB; no se ha leído.',
  },
  'bookings.feed.timeout': {
    en: 'The feed did not finish within {{seconds}} s.',
    es: 'El calendario no ha terminado de descargarse en {{seconds}} s.',
  },
  'bookings.feed.brokeOff': {
    en: 'The feed broke off while downloading ({{cause}}).',
    es: 'La descarga del calendario se ha interrumpido ({{cause}}).',
  },
  'bookings.feed.notUtf8': {
    en: 'The feed is not UTF-8 text (iCalendar requires UTF-8).',
    es: 'El calendario no es texto UTF-8 (iCalendar exige UTF-8).',
  },
  'bookings.feed.failed': {
    en: 'The feed could not be imported; the details were logged.',
    es: 'No se ha podido importar el calendario; los detalles se han registrado.',
  },
});
