import { defineMessages } from '../define';

/** Column mapping, statuses and room types of a CSV import. */
export const bookingsMappingMessages = defineMessages({
  'bookings.csv.field.firstName': { en: 'guest first name', es: 'nombre de pila del huésped' },
  'bookings.csv.field.lastName': { en: 'guest last name', es: 'apellidos del huésped' },
  'bookings.csv.field.roomType': { en: 'room type', es: 'tipo de habitación' },
  'bookings.csv.field.phone': { en: 'phone', es: 'teléfono' },
  'bookings.row.unknownStatus': {
    en: 'the status "{{status}}" is not one the desk knows (confirmed, modified, cancelled, no-show)',
    es: 'el estado «{{status}}» no es uno que la recepción conozca (confirmada, modificada, cancelada, no presentado)',
  },
  'bookings.row.unknownRoomType': {
    en: 'unknown room type "{{type}}" (add it in Setup → Room types)',
    es: 'tipo de habitación desconocido «{{type}}» (añádalo en Configuración → Tipos de habitación)',
  },
  'bookings.row.emptyRoomType': {
    en: 'the room type "{{type}}" has no rooms yet (Setup → Room types)',
    es: 'el tipo de habitación «{{type}}» aún no tiene habitaciones (Configuración → Tipos de habitación)',
  },
  'bookings.row.noFreeRoomOfType': {
    en: 'no room of type "{{type}}" is free for these dates: it needs attention',
    es: 'no hay ninguna habitación del tipo «{{type}}» libre en esas fechas: requiere atención',
  },
  'bookings.import.leftOutNotChosen': {
    en: 'Line {{line}} has a problem ({{problems}}) and was not among the rows to leave out. Nothing was imported; check the file again.',
    es: 'La línea {{line}} tiene un problema ({{problems}}) y no estaba entre las filas que omitir. No se ha importado nada; vuelva a revisar el archivo.',
  },
  'bookings.stay.noShowAtSource': { en: 'a no-show at the source', es: 'marcada como no presentado en el origen' },
});
