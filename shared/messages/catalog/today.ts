import { defineMessages } from '../define';

/** Today's lists on paper. Keys start with 'today.'. Spanish (Spain), usted form. */
export const todayMessages = defineMessages({
  'today.open': { en: 'Print today’s lists', es: 'Imprimir las listas de hoy' },
  'today.title': { en: '{{property}}: today’s lists', es: '{{property}}: listas de hoy' },
  'today.printedAt': { en: 'printed at {{time}}', es: 'impresas a las {{time}}' },
  'today.print': { en: 'Print', es: 'Imprimir' },
  'today.close': { en: 'Close', es: 'Cerrar' },
  'today.room': { en: 'Room', es: 'Habitación' },
  'today.guest': { en: 'Guest', es: 'Huésped' },
  'today.arrives': { en: 'Arrives', es: 'Llega' },
  'today.leaves': { en: 'Leaves', es: 'Sale' },
  'today.ref': { en: 'Booking', es: 'Reserva' },
  'today.status': { en: 'Status', es: 'Estado' },
  'today.done': { en: 'Done', es: 'Hecho' },
});
