import { defineMessages } from '../define';

/** Sentences of the access engine: why an action is refused, and why a door is still waiting. Keys start with 'access.'. */
export const accessMessages = defineMessages({
  // Refusals (DeskError)
  'access.roomOfBookingGone': { en: 'The room of this booking no longer exists.', es: 'La habitación de esta reserva ya no existe.' },
  'access.doorGone': {
    en: 'That door does not exist any more. Check the lock health list again.',
    es: 'Esa puerta ya no existe. Vuelva a mirar la lista de cerraduras.',
  },
  'access.issueCheckedOut': {
    en: 'This booking is checked out; nothing can be issued.',
    es: 'Esta reserva ya tiene la salida hecha; no se puede emitir nada.',
  },
  'access.issueCancelled': {
    en: 'This booking is cancelled; nothing can be issued.',
    es: 'Esta reserva está cancelada; no se puede emitir nada.',
  },
  'access.stayEnded': {
    en: 'This stay has already ended; change the departure first.',
    es: 'Esta estancia ya ha terminado; cambie primero la fecha de salida.',
  },
  'access.cardActiveElsewhere': {
    en: 'This card is still active for room {{room}} ({{guest}}). Check that guest out or report the card lost first.',
    es: 'Esta tarjeta sigue activa para la habitación {{room}} ({{guest}}). Haga primero la salida de ese huésped o dé la tarjeta por perdida.',
  },
  'access.cardAlreadyIssued': { en: 'This card is already issued to this guest.', es: 'Esta tarjeta ya está emitida para este huésped.' },
  'access.passcodeDigitsOnly': { en: 'A passcode is digits only.', es: 'Un código solo lleva números.' },
  'access.passcodeLength': { en: 'A passcode has {{min}} to {{max}} digits.', es: 'Un código tiene de {{min}} a {{max}} cifras.' },
  'access.passcodeTrivial': {
    en: 'That passcode is too simple (repeated or consecutive digits).',
    es: 'Ese código es demasiado sencillo (cifras repetidas o consecutivas).',
  },
  'access.passcodeInUse': {
    en: 'That passcode is already in use on one of these doors; choose another.',
    es: 'Ese código ya se usa en una de estas puertas; elija otro.',
  },
  'access.alreadyCheckedOut': { en: 'This guest is already checked out.', es: 'Este huésped ya tiene la salida hecha.' },
  'access.alreadyCancelled': { en: 'This booking is already cancelled.', es: 'Esta reserva ya está cancelada.' },
  'access.noShowTooEarly': {
    en: 'The arrival time has not come yet: a guest can be marked a no-show only after it.',
    es: 'Aún no es la hora de llegada: solo se puede marcar como no presentado después de ella.',
  },
  'access.notCheckedIn': {
    en: 'This guest has not checked in; cancel the booking instead.',
    es: 'Este huésped no ha hecho la entrada; cancele la reserva en su lugar.',
  },
  'access.cardNotActive': { en: 'This card is not active for any guest.', es: 'Esta tarjeta no está activa para ningún huésped.' },
  'access.stayOver': { en: 'This stay is over; it cannot be changed.', es: 'Esta estancia ha terminado; no se puede cambiar.' },
  'access.departureInPast': { en: 'The new departure is already in the past.', es: 'La nueva salida ya ha pasado.' },
  'access.roomTaken': {
    en: 'Room {{room}} is taken by {{guest}} for part of that time.',
    es: 'La habitación {{room}} está ocupada por {{guest}} durante parte de ese tiempo.',
  },
  'access.roomHeld': {
    en: 'Room {{room}} is held by {{guest}} ({{ref}}) for part of this stay. Move this booking to another room or shorten it first; nothing was issued.',
    es: 'La habitación {{room}} está ocupada por {{guest}} ({{ref}}) durante parte de esta estancia. Cambie primero esta reserva de habitación o acórtela; no se ha emitido nada.',
  },
  'access.validFromWhenFree': {
    en: 'Valid from {{when}}, when {{room}} is free: another guest holds the room until then.',
    es: 'Válido desde {{when}}, cuando {{room}} quede libre: otro huésped ocupa la habitación hasta entonces.',
  },
  'access.nothingToChange': { en: 'Nothing to change.', es: 'No hay nada que cambiar.' },
  // Why a door is pending or failed (stored on the credential, shown beside the door)
  'access.unexpectedCloud': {
    en: 'Unexpected error talking to the lock cloud; retrying.',
    es: 'Error inesperado al hablar con la nube de las cerraduras; se vuelve a intentar.',
  },
  'access.stillOnLock': {
    en: 'The lock still lists this credential; the desk deletes it again.',
    es: 'La cerradura todavía tiene esta credencial; la recepción la vuelve a borrar.',
  },
  'access.neverReachedLock': {
    en: 'This credential never reached the lock, so its dates cannot be changed.',
    es: 'Esta credencial nunca llegó a la cerradura, así que sus fechas no se pueden cambiar.',
  },
  'access.sendWhenGatewayBack': {
    en: '{{why}} The desk will send it when the gateway is back.',
    es: '{{why}} La recepción la enviará cuando vuelva la pasarela.',
  },
  'access.gaveUp': { en: '{{why}} (gave up after {{attempts}} attempts)', es: '{{why}} (abandonado tras {{attempts}} intentos)' },
  // A revocation on a lock without a gateway (-2012): only the cloud record could go (§10.13).
  'access.codeStaysOnLock': {
    en: '{{door}} has no gateway, so this code could not be deleted from the lock. It was removed from the Sifely account, but it keeps opening {{door}} until {{until}}.',
    es: '{{door}} no tiene pasarela, así que este código no se pudo borrar de la cerradura. Se ha quitado de la cuenta de Sifely, pero sigue abriendo {{door}} hasta el {{until}}.',
  },
  // What the nightly reconciliation found on a lock (its report), beside the door and the credential's label.
  'access.reconcile.afterRevoked': { en: 'still on the lock after it was revoked', es: 'sigue en la cerradura aunque se dio de baja' },
  'access.reconcile.unknown': { en: 'not known to this desk', es: 'esta recepción no la conoce' },
  'access.reconcile.notOnLock': {
    en: 'issued by the desk but not on the lock',
    es: 'emitida por la recepción pero no está en la cerradura',
  },
  'access.missingAtNightAudit': {
    en: 'Missing on the lock at the night audit; sending it again.',
    es: 'No estaba en la cerradura en la auditoría nocturna; se envía de nuevo.',
  },
});
