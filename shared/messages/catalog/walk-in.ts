import { defineMessages } from '../define';

/** The walk-in dialog: a booking made at the desk. Keys start with 'walkIn.'. Spanish (Spain), usted form. */
export const walkInMessages = defineMessages({
  'walkIn.title': { en: 'New walk-in guest', es: 'Nuevo huésped sin reserva' },
  'walkIn.name': { en: 'Guest name', es: 'Nombre del huésped' },
  'walkIn.room': { en: 'Room', es: 'Habitación' },
  'walkIn.nights': { en: 'Nights', es: 'Noches' },
  'walkIn.departs': { en: 'Leaves on {{date}} at {{time}}', es: 'Sale el {{date}} a las {{time}}' },
  'walkIn.save': { en: 'Create booking', es: 'Crear reserva' },
  'walkIn.created': {
    en: 'Booking created for {{guest}} in room {{room}}.',
    es: 'Reserva creada para {{guest}} en la habitación {{room}}.',
  },
});
