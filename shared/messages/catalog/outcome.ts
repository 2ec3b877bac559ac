import { defineMessages } from '../define';

/** How each door answered an action. Keys start with 'outcome.'. Spanish (Spain), usted form. */
export const outcomeMessages = defineMessages({
  'outcome.title.card': { en: 'Card {{secret}}', es: 'Tarjeta {{secret}}' },
  'outcome.title.passcode': { en: 'Passcode', es: 'Código' },
  'outcome.title.checkout': { en: 'Check-out', es: 'Salida' },
  'outcome.title.cancel': { en: 'Cancellation', es: 'Cancelación' },
  'outcome.title.lost': { en: 'Lost card {{secret}}', es: 'Tarjeta perdida {{secret}}' },
  'outcome.title.returned': { en: 'Card {{secret}} handed back', es: 'Tarjeta {{secret}} devuelta' },
  'outcome.title.change': { en: 'Stay change', es: 'Cambio de estancia' },
  'outcome.issued.card': { en: 'Card works until {{until}}.', es: 'La tarjeta funciona hasta {{until}}.' },
  'outcome.issued.passcode': { en: 'Code {{secret}} works {{from}} – {{to}}.', es: 'El código {{secret}} funciona {{from}} – {{to}}.' },
  'outcome.offline': {
    en: 'Offline code {{secret}}, works {{from}} – {{to}} (whole hours: the gateway was not reachable, so the lock’s own offline code was used). It must be used for the first time within 24 hours of its start.',
    es: 'Código sin conexión {{secret}}, funciona {{from}} – {{to}} (horas enteras: la pasarela no respondía, así que se usó el código propio de la cerradura). Hay que usarlo por primera vez en las 24 horas siguientes a su inicio.',
  },
  'outcome.pending': {
    en: 'Still waiting for the lock. The desk keeps trying and it will land when the gateway answers.',
    es: 'Esperando a la cerradura. La recepción sigue intentándolo y llegará cuando la pasarela responda.',
  },
  'outcome.pendingWhy': {
    en: 'Still waiting for the lock ({{why}}). The desk keeps trying; nothing more to do now.',
    es: 'Esperando a la cerradura ({{why}}). La recepción sigue intentándolo; no hay que hacer nada más.',
  },
  'outcome.failed': {
    en: 'Not issued: {{why}} Call the manager if this door matters tonight.',
    es: 'No emitida: {{why}} Llame al encargado si esta puerta hace falta esta noche.',
  },
  'outcome.failedPasscode': {
    en: 'Not issued: {{why}} Try “Issue passcode” again, or call the manager.',
    es: 'No emitido: {{why}} Pruebe «Emitir código» de nuevo o llame al encargado.',
  },
  'outcome.revoking': {
    en: 'Removal pending: the desk keeps trying until the lock confirms. It stops working at {{until}} in any case.',
    es: 'Baja pendiente: la recepción insiste hasta que la cerradura lo confirme. En todo caso deja de funcionar el {{until}}.',
  },
  'outcome.revoked': { en: 'Removed, and checked on the lock.', es: 'Quitada, y comprobado en la cerradura.' },
  'outcome.allGood.card': { en: 'Card ready: it opens {{doors}}.', es: 'Tarjeta lista: abre {{doors}}.' },
  'outcome.allGood.passcode': { en: 'Passcode ready on {{doors}}.', es: 'Código listo en {{doors}}.' },
  'outcome.allGood.checkout': {
    en: '{{guest}} is checked out. Every card and code is removed from every door.',
    es: 'Salida de {{guest}} hecha. Se han quitado todas las tarjetas y códigos de todas las puertas.',
  },
  'outcome.allGood.cancel': {
    en: 'The booking is cancelled. Nothing works on the doors any more.',
    es: 'Reserva cancelada. Ya no funciona nada en las puertas.',
  },
  'outcome.allGood.lost': {
    en: 'The card is blocked on every door. Issue a replacement card now.',
    es: 'La tarjeta está bloqueada en todas las puertas. Emita ahora una tarjeta nueva.',
  },
  'outcome.allGood.returned': { en: 'The card is removed from every door.', es: 'La tarjeta se ha quitado de todas las puertas.' },
  'outcome.allGood.change': { en: 'Every door is updated.', es: 'Todas las puertas están actualizadas.' },
  'outcome.someWaiting': {
    en: 'Not every door is done yet; see below. The desk carries on by itself.',
    es: 'No todas las puertas han terminado; vea abajo. La recepción continúa sola.',
  },
  'outcome.replacement': { en: 'Issue a replacement card', es: 'Emitir una tarjeta nueva' },
  'outcome.someFailed': {
    en: 'Not every door could be done; see below for what to do.',
    es: 'No se ha podido con todas las puertas; vea abajo qué hacer.',
  },
});
