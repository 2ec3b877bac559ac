import { defineMessages } from '../define';

/** The view switch: guests, room grid, doors. Keys start with 'views.'. Spanish (Spain), usted form. */
export const viewsMessages = defineMessages({
  'views.label': { en: 'Views', es: 'Vistas' },
  'views.guests': { en: 'Guests', es: 'Huéspedes' },
  'views.grid': { en: 'Room grid', es: 'Plano de habitaciones' },
  'views.doors': { en: 'Doors', es: 'Puertas' },
});
