import { defineMessages } from '../define';

/** Needs attention: changes from a feed or file held for a clerk, and room clashes. Keys start with 'attention.'. Spanish (Spain), usted form. */
export const attentionMessages = defineMessages({
  'attention.title': { en: 'Needs attention', es: 'Requiere atención' },
  'attention.clash': {
    en: 'Room {{room}} is also booked for {{other}} ({{ref}}): no card or code until this is resolved.',
    es: 'La habitación {{room}} también está reservada para {{other}} ({{ref}}): sin tarjeta ni código hasta resolverlo.',
  },
  'attention.asks': { en: '{{source}} asks: {{what}}', es: '{{source}} pide: {{what}}' },
  'attention.codeHeld': {
    en: 'The code to send ahead to the guest is waiting. {{reason}}',
    es: 'El código que se envía al huésped por adelantado está en espera. {{reason}}',
  },
  'attention.room': { en: 'room {{from}} → {{to}}', es: 'habitación {{from}} → {{to}}' },
  'attention.arrival': { en: 'arrival {{from}} → {{to}}', es: 'llegada {{from}} → {{to}}' },
  'attention.departure': { en: 'departure {{from}} → {{to}}', es: 'salida {{from}} → {{to}}' },
  'attention.cancelInHouse': {
    en: 'cancel the stay of a guest in house (their access is kept until you confirm)',
    es: 'cancelar la estancia de un huésped alojado (conserva su acceso hasta que usted lo confirme)',
  },
  'attention.otherRoom': { en: 'Another room', es: 'Otra habitación' },
  'attention.shorter': { en: 'Shorter stay', es: 'Estancia más corta' },
  'attention.cancel': { en: 'Cancel booking', es: 'Cancelar reserva' },
  'attention.confirm': { en: 'Confirm', es: 'Confirmar' },
  'attention.reject': { en: 'Keep as is', es: 'Dejar como está' },
  'attention.rejected': { en: 'The stay of {{guest}} stays as it was.', es: 'La estancia de {{guest}} queda como estaba.' },
});
