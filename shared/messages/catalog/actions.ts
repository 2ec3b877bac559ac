import { defineMessages } from '../define';

/** The clerk's actions on a stay (issue, check out, lost card…). Keys start with 'actions.'. Spanish (Spain), usted form. */
export const actionsMessages = defineMessages({
  'actions.issueCard': { en: 'Issue card', es: 'Emitir tarjeta' },
  'actions.issuePasscode': { en: 'Issue passcode', es: 'Emitir código' },
  'actions.change': { en: 'Extend / change dates', es: 'Ampliar / cambiar fechas' },
  'actions.move': { en: 'Move room', es: 'Cambiar de habitación' },
  'actions.checkOut': { en: 'Check out', es: 'Hacer la salida' },
  'actions.cancelBooking': { en: 'Cancel booking', es: 'Cancelar reserva' },
  'actions.reportLost': { en: 'Report lost card', es: 'Tarjeta perdida' },
  'actions.cancel': { en: 'Cancel', es: 'Cancelar' },
  'actions.close': { en: 'Close', es: 'Cerrar' },
  'actions.keep': { en: 'Keep the guest', es: 'Mantener al huésped' },
  'actions.keepBooking': { en: 'Keep the booking', es: 'Mantener la reserva' },
  'actions.confirmCheckOut': { en: 'Yes, check out room {{room}}', es: 'Sí, hacer la salida de la habitación {{room}}' },
  'actions.confirmCancel': { en: 'Yes, cancel booking {{ref}}', es: 'Sí, cancelar la reserva {{ref}}' },
  'actions.askCheckOut': {
    en: 'Check out {{guest}} and remove every card and code from every door?',
    es: '¿Hacer la salida de {{guest}} y quitar todas las tarjetas y códigos de todas las puertas?',
  },
  'actions.askCancel': {
    en: 'Cancel the booking of {{guest}} and remove any card or code already issued?',
    es: '¿Cancelar la reserva de {{guest}} y quitar cualquier tarjeta o código ya emitido?',
  },
  'actions.tapCard': { en: 'Tap the guest’s card on the reader', es: 'Acerque la tarjeta del huésped al lector' },
  'actions.tapCardHint': {
    en: 'It will open {{doors}}. Press Escape to stop waiting.',
    es: 'Abrirá {{doors}}. Pulse Escape para dejar de esperar.',
  },
  'actions.whichLost': {
    en: 'Which card is lost? It stops working on every door at once.',
    es: '¿Qué tarjeta se ha perdido? Deja de funcionar en todas las puertas a la vez.',
  },
  'actions.reportThisLost': { en: 'Card {{secret}} is lost', es: 'La tarjeta {{secret}} se ha perdido' },
  'actions.working.card': { en: 'Programming the card on {{doors}}…', es: 'Programando la tarjeta en {{doors}}…' },
  'actions.working.passcode': { en: 'Sending the passcode to {{doors}}…', es: 'Enviando el código a {{doors}}…' },
  'actions.working.checkout': { en: 'Removing access from every door…', es: 'Quitando el acceso de todas las puertas…' },
  'actions.working.cancel': { en: 'Cancelling and removing access…', es: 'Cancelando y quitando el acceso…' },
  'actions.working.lost': { en: 'Blocking the card on every door…', es: 'Bloqueando la tarjeta en todas las puertas…' },
  'actions.working.returned': { en: 'Removing the card from every door…', es: 'Quitando la tarjeta de todas las puertas…' },
  'actions.working.change': { en: 'Updating every door…', es: 'Actualizando todas las puertas…' },
});
