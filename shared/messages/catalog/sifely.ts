import { defineMessages } from '../define';

/**
 * Sentences the core sends about the Sifely lock cloud (errors of its calls, §13), in every desk
 * language. Keys start with 'sifely.'. The Spanish follows the access catalogue's words: "la nube
 * de las cerraduras" (the lock cloud), "pasarela" (gateway), "código" (passcode), "recepción"
 * (the desk), "encargado" (manager).
 */
export const sifelyMessages = defineMessages({
  // Business codes (§13.2 TTLock numbering, §13.1 Sifely wrapper codes); see error-codes.ts.
  'sifely.noReason': {
    en: 'The lock cloud answered "no" without a reason. Try again; if it repeats, check the lock in the Sifely app.',
    es: 'La nube de las cerraduras ha respondido «no» sin dar motivo. Inténtelo de nuevo; si se repite, revise la cerradura en la app de Sifely.',
  },
  'sifely.valuesRejected': {
    en: 'The lock cloud rejected the dates or values sent. Check the stay dates and try again.',
    es: 'La nube de las cerraduras ha rechazado las fechas o los valores enviados. Revise las fechas de la estancia e inténtelo de nuevo.',
  },
  'sifely.lockNotOnAccount': {
    en: 'This lock is no longer on the Sifely account. Check the room-to-lock setup.',
    es: 'Esta cerradura ya no está en la cuenta de Sifely. Revise qué cerradura tiene asignada cada habitación.',
  },
  'sifely.noOfflineCodeData': {
    en: 'This lock has no offline-code data in the cloud. Open the lock once in the Sifely app to re-sync it.',
    es: 'Esta cerradura no tiene en la nube datos para códigos sin conexión. Abra la cerradura una vez con la app de Sifely para volver a sincronizarla.',
  },
  'sifely.ekeyGone': { en: 'That electronic key no longer exists.', es: 'Esa llave electrónica ya no existe.' },
  'sifely.groupExists': {
    en: 'A lock group with that name already exists on the Sifely account.',
    es: 'Ya existe un grupo de cerraduras con ese nombre en la cuenta de Sifely.',
  },
  'sifely.groupGone': {
    en: 'That lock group no longer exists on the Sifely account.',
    es: 'Ese grupo de cerraduras ya no existe en la cuenta de Sifely.',
  },
  'sifely.cardNotOnLock': { en: 'That card is no longer on the lock.', es: 'Esa tarjeta ya no está en la cerradura.' },
  'sifely.accountBoundElsewhere': {
    en: 'That account is bound elsewhere and cannot receive an electronic key.',
    es: 'Esa cuenta está vinculada a otro sitio y no puede recibir una llave electrónica.',
  },
  'sifely.offlinePeriodUsed': {
    en: 'An offline code for this exact period was issued and deleted before. Pick a different start hour.',
    es: 'Ya se emitió y se borró antes un código sin conexión para exactamente este periodo. Elija otra hora de inicio.',
  },
  'sifely.passcodeNotOnLock': { en: 'That passcode is no longer on the lock.', es: 'Ese código ya no está en la cerradura.' },
  'sifely.noGateway': {
    en: 'The lock is not connected to a gateway, so it cannot be programmed from the desk. Use an offline code instead.',
    es: 'La cerradura no está conectada a una pasarela, así que no se puede programar desde recepción. Use en su lugar un código sin conexión.',
  },
  'sifely.notLockAdmin': {
    en: 'The Sifely account is not an administrator of this lock.',
    es: 'La cuenta de Sifely no es administradora de esta cerradura.',
  },
  'sifely.ekeyToSelf': {
    en: 'An electronic key cannot be sent to the account that sends it.',
    es: 'No se puede enviar una llave electrónica a la misma cuenta que la envía.',
  },
  'sifely.ekeyToAdmin': {
    en: 'An electronic key cannot be sent to the lock administrator.',
    es: 'No se puede enviar una llave electrónica al administrador de la cerradura.',
  },
  'sifely.ekeyValidityFixed': {
    en: 'The validity of this electronic key cannot be changed now.',
    es: 'La validez de esta llave electrónica no se puede cambiar ahora.',
  },
  'sifely.lockFrozen': {
    en: 'The lock is frozen in the Sifely app and cannot be operated. Unfreeze it in the app.',
    es: 'La cerradura está congelada en la app de Sifely y no se puede usar. Descongélela en la app.',
  },
  'sifely.passcodeTooSimple': {
    en: 'That passcode is too simple (repeated or consecutive digits). Choose another.',
    es: 'Ese código es demasiado sencillo (cifras repetidas o consecutivas). Elija otro.',
  },
  'sifely.gatewayOffline': {
    en: 'The gateway of this lock is offline. Check its power and network, or use an offline code.',
    es: 'La pasarela de esta cerradura está desconectada. Revise su alimentación y su red, o use un código sin conexión.',
  },
  'sifely.gatewayBusy': {
    en: 'The gateway is busy; the desk will try again in a moment.',
    es: 'La pasarela está ocupada; la recepción lo volverá a intentar en un momento.',
  },
  'sifely.passcodeLength': { en: 'A passcode must have 4 to 9 digits.', es: 'Un código debe tener de 4 a 9 cifras.' },
  'sifely.passcodeExists': {
    en: 'That passcode already exists on this lock. Choose another.',
    es: 'Ese código ya existe en esta cerradura. Elija otro.',
  },
  'sifely.passcodeNeverUsed': {
    en: 'This passcode has never been used on the lock and cannot be changed. Delete it and create a new one.',
    es: 'Este código no se ha usado nunca en la cerradura y no se puede cambiar. Bórrelo y cree uno nuevo.',
  },
  'sifely.passcodeStorageFull': {
    en: 'The lock has no room for more passcodes. Remove old codes first.',
    es: 'La cerradura no tiene sitio para más códigos. Elimine primero los códigos antiguos.',
  },
  'sifely.lockTransferToOwner': {
    en: 'A lock cannot be transferred to the account that already owns it.',
    es: 'No se puede transferir una cerradura a la cuenta que ya es su propietaria.',
  },
  'sifely.gatewayTransferToOwner': {
    en: 'A gateway cannot be transferred to the account that already owns it.',
    es: 'No se puede transferir una pasarela a la cuenta que ya es su propietaria.',
  },
  'sifely.wifiNoNetwork': { en: 'The Wi-Fi lock has no network configured.', es: 'La cerradura wifi no tiene ninguna red configurada.' },
  'sifely.wifiPowerSaving': {
    en: 'The Wi-Fi lock is in power-saving mode and cannot be reached now.',
    es: 'La cerradura wifi está en modo de ahorro de energía y ahora no se puede contactar con ella.',
  },
  'sifely.lockOffline': {
    en: 'The lock is offline. Check its power and network.',
    es: 'La cerradura está desconectada. Revise su alimentación y su red.',
  },
  'sifely.lockBusy': {
    en: 'The lock is busy; the desk will try again in a moment.',
    es: 'La cerradura está ocupada; la recepción lo volverá a intentar en un momento.',
  },
  'sifely.ownKeyEndsEarlier': {
    en: "The account's own key on this lock ends before the period chosen. Choose a shorter period.",
    es: 'La llave propia de la cuenta en esta cerradura termina antes que el periodo elegido. Elija un periodo más corto.',
  },
  'sifely.remoteUnlockNotAllowed': {
    en: 'Remote unlock is not allowed for this account on this lock. Enable it in the Sifely app.',
    es: 'Esta cuenta no tiene permitida la apertura remota de esta cerradura. Actívela en la app de Sifely.',
  },
  'sifely.gatewayGone': {
    en: 'That gateway no longer exists on the Sifely account.',
    es: 'Esa pasarela ya no existe en la cuenta de Sifely.',
  },
  'sifely.functionUnsupported': {
    en: 'This lock does not support that function, or it is switched off in the Sifely app.',
    es: 'Esta cerradura no admite esa función, o la función está desactivada en la app de Sifely.',
  },
  'sifely.cardStorageFull': {
    en: 'The lock is full: old cards must be removed before a new one can be added.',
    es: 'La cerradura está llena: hay que eliminar tarjetas antiguas antes de poder añadir una nueva.',
  },
  'sifely.removeLocksFirst': {
    en: 'Every lock must be removed or transferred from this account first.',
    es: 'Primero hay que eliminar o transferir todas las cerraduras de esta cuenta.',
  },
  'sifely.receiverNotRegistered': {
    en: 'The receiving account is not registered with Sifely.',
    es: 'La cuenta que recibe no está registrada en Sifely.',
  },
  'sifely.nbIotNotRegistered': {
    en: 'The NB-IoT lock is not registered with its network.',
    es: 'La cerradura NB-IoT no está registrada en su red.',
  },
  'sifely.autoLockTimeInvalid': {
    en: 'The auto-lock time is not valid for this lock.',
    es: 'El tiempo de cierre automático no es válido para esta cerradura.',
  },
  'sifely.clientIdUnknown': {
    en: 'The Sifely client id is not known. Ask the manager to check the Sifely setup.',
    es: 'Sifely no reconoce el identificador de cliente (client id). Pida al encargado que revise la configuración de Sifely.',
  },
  'sifely.clientSecretWrong': {
    en: 'The Sifely client id or secret is wrong. Ask the manager to check the Sifely setup.',
    es: 'El identificador de cliente (client id) o el secreto de Sifely no son correctos. Pida al encargado que revise la configuración de Sifely.',
  },
  'sifely.authCodeInvalid': {
    en: 'The Sifely authorization code is invalid or has expired. Ask the manager to sign in again.',
    es: 'El código de autorización de Sifely no es válido o ha caducado. Pida al encargado que vuelva a iniciar sesión.',
  },
  'sifely.signInExpired': {
    en: 'The Sifely sign-in has expired. The desk will sign in again.',
    es: 'La sesión de Sifely ha caducado. La recepción volverá a iniciar sesión.',
  },
  'sifely.signInRevoked': {
    en: 'The Sifely sign-in was revoked. The desk will sign in again.',
    es: 'La sesión de Sifely se ha revocado. La recepción volverá a iniciar sesión.',
  },
  'sifely.accountPasswordWrong': {
    en: 'The Sifely account or password is wrong. Ask the manager to sign in again.',
    es: 'La cuenta o la contraseña de Sifely no son correctas. Pida al encargado que vuelva a iniciar sesión.',
  },
  'sifely.redirectInvalid': {
    en: 'The Sifely redirect address is not valid. Ask the manager to check the Sifely setup.',
    es: 'La dirección de redirección de Sifely no es válida. Pida al encargado que revise la configuración de Sifely.',
  },
  'sifely.grantTypeUnsupported': {
    en: 'The Sifely sign-in used a grant type the service does not support. Ask the manager to check the Sifely setup.',
    es: 'El inicio de sesión de Sifely ha usado un tipo de autorización (grant type) que el servicio no admite. Pida al encargado que revise la configuración de Sifely.',
  },
  'sifely.signInNotRenewed': {
    en: 'The Sifely sign-in could not be renewed. The desk will sign in again.',
    es: 'No se ha podido renovar la sesión de Sifely. La recepción volverá a iniciar sesión.',
  },
  'sifely.passwordForm': {
    en: 'The Sifely password was not sent in the expected form.',
    es: 'La contraseña de Sifely no se ha enviado en el formato esperado.',
  },
  'sifely.slowDown': {
    en: 'The lock cloud asked the desk to slow down; retrying shortly.',
    es: 'La nube de las cerraduras ha pedido a la recepción que vaya más despacio; se volverá a intentar en breve.',
  },
  'sifely.allowanceUsed': {
    en: 'The monthly Sifely API allowance is used up. Ask the manager to check the plan.',
    es: 'Se ha agotado la cuota mensual de la API de Sifely. Pida al encargado que revise el plan.',
  },
  'sifely.subscriptionOrDeviceLimit': {
    en: 'The Sifely subscription is not active or its device limit is reached. Ask the manager to check the plan.',
    es: 'La suscripción de Sifely no está activa o ha llegado a su límite de dispositivos. Pida al encargado que revise el plan.',
  },
  'sifely.clockSkew': {
    en: 'The computer clock differs from the lock cloud by more than 5 minutes. Check the date and time settings.',
    es: 'El reloj del ordenador se diferencia en más de 5 minutos del de la nube de las cerraduras. Revise la configuración de fecha y hora.',
  },
  'sifely.requestUnreadable': {
    en: 'The lock cloud could not read the request.',
    es: 'La nube de las cerraduras no ha podido leer la petición.',
  },
  'sifely.cloudInternal': {
    en: 'The lock cloud had an internal problem; the desk will retry.',
    es: 'La nube de las cerraduras ha tenido un problema interno; la recepción lo volverá a intentar.',
  },
  'sifely.accountNotAccepted': {
    en: 'The Sifely account was not accepted. Ask the manager to sign in again.',
    es: 'La cuenta de Sifely no ha sido aceptada. Pida al encargado que vuelva a iniciar sesión.',
  },
  'sifely.subscriptionInactive': {
    en: 'The Sifely subscription is not active. Ask the manager to check the plan.',
    es: 'La suscripción de Sifely no está activa. Pida al encargado que revise el plan.',
  },
  'sifely.accountMayNot': { en: 'The Sifely account may not do this.', es: 'La cuenta de Sifely no tiene permiso para hacer esto.' },
  // Fallbacks for codes and HTTP statuses not in the table (error-codes.ts).
  'sifely.refused': {
    en: 'The lock cloud refused the request. Try again; if it repeats, see the log.',
    es: 'La nube de las cerraduras ha rechazado la petición. Inténtelo de nuevo; si se repite, consulte el registro.',
  },
  'sifely.requestUnknown': { en: 'The lock cloud does not know this request.', es: 'La nube de las cerraduras no reconoce esta petición.' },
  'sifely.requestRejected': { en: 'The lock cloud rejected the request.', es: 'La nube de las cerraduras ha rechazado la petición.' },
  'sifely.requestMalformed': {
    en: 'The lock cloud rejected the request as malformed; see the log.',
    es: 'La nube de las cerraduras ha rechazado la petición por estar mal formada; consulte el registro.',
  },
  'sifely.cloudProblem': {
    en: 'The lock cloud had a problem; the desk will retry.',
    es: 'La nube de las cerraduras ha tenido un problema; la recepción lo volverá a intentar.',
  },
  // Transport, sign-in and client checks.
  'sifely.timeout': { en: 'The lock cloud did not answer in time.', es: 'La nube de las cerraduras no ha respondido a tiempo.' },
  'sifely.unreachable': {
    en: 'The lock cloud cannot be reached. Check the internet connection.',
    es: 'No se puede contactar con la nube de las cerraduras. Revise la conexión a internet.',
  },
  'sifely.answerNotUnderstood': {
    en: 'The lock cloud gave an answer the desk does not understand; see the log.',
    es: 'La nube de las cerraduras ha dado una respuesta que la recepción no entiende; consulte el registro.',
  },
  'sifely.onlyOpenApiRotates': { en: 'Only an Open API key can be rotated.', es: 'Solo se puede renovar una clave de la Open API.' },
  'sifely.testHost': {
    en: 'The Sifely address is the documentation test host, which must not be used. Use the production address.',
    es: 'La dirección de Sifely es el servidor de pruebas de la documentación, que no se debe usar. Use la dirección de producción.',
  },
  'sifely.changeNeedsBothDates': {
    en: 'Both the new start and the new end are needed to change a passcode.',
    es: 'Para cambiar un código hacen falta tanto el nuevo inicio como el nuevo final.',
  },
});

export type SifelyMessageKey = keyof typeof sifelyMessages;
