import { defineMessages } from '../define';

/** The selected guest's panel. Keys start with 'panel.'. Spanish (Spain), usted form. */
export const panelMessages = defineMessages({
  'panel.label': { en: 'Selected guest', es: 'Huésped seleccionado' },
  'panel.empty': {
    en: 'Select a guest on the left, search, or tap a card on the reader to see whose it is.',
    es: 'Elija un huésped a la izquierda, busque, o acerque una tarjeta al lector para ver de quién es.',
  },
  'panel.room': { en: 'Room', es: 'Habitación' },
  'panel.doors': { en: 'Doors', es: 'Puertas' },
  'panel.roomDoor': { en: 'Room door', es: 'Puerta de la habitación' },
  'panel.sharedDoor': { en: 'Shared door', es: 'Puerta común' },
  'panel.ref': { en: 'Booking {{ref}}', es: 'Reserva {{ref}}' },
  'panel.actions': { en: 'Actions', es: 'Acciones' },
  'panel.phoneLast4': { en: 'phone ending {{digits}}', es: 'teléfono acabado en {{digits}}' },
  'panel.contact': { en: 'Contact: {{contact}}', es: 'Contacto: {{contact}}' },
});
