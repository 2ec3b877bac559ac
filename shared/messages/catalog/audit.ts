import { defineMessages } from '../define';

/**
 * The audit log's notes, in every desk language: the record is stored with its English wording
 * and this message, and the manager reads it in the desk's language. Keys start with 'audit.'.
 */
export const auditMessages = defineMessages({
  'audit.cardOnDoors': { en: 'card {{card}} on {{doors}} door(s)', es: 'tarjeta {{card}} en {{doors}} puerta(s)' },
  'audit.passcodeOnDoors': { en: 'passcode on {{doors}} door(s)', es: 'código en {{doors}} puerta(s)' },
  'audit.toRevoke': { en: '{{count}} credential(s) to revoke', es: '{{count}} credencial(es) que revocar' },
  'audit.noShow': { en: 'Marked a no-show; {{count}} credential(s) to revoke', es: 'Marcada como no presentado; {{count}} credencial(es) que revocar' },
  'audit.stayChange': { en: 'asked for: {{what}}', es: 'solicitado: {{what}}' },
  'audit.change.arrival': { en: 'arrival {{when}}', es: 'llegada {{when}}' },
  'audit.change.departure': { en: 'departure {{when}}', es: 'salida {{when}}' },
  'audit.change.room': { en: 'room {{room}}', es: 'habitación {{room}}' },
  'audit.change.arrivalFromTo': { en: 'arrival {{from}} → {{to}}', es: 'llegada {{from}} → {{to}}' },
  'audit.change.departureFromTo': { en: 'departure {{from}} → {{to}}', es: 'salida {{from}} → {{to}}' },
  'audit.change.roomFromTo': { en: 'room {{from}} → {{to}}', es: 'habitación {{from}} → {{to}}' },
  'audit.heldConfirmed': { en: 'confirmed the change held back from {{source}}', es: 'confirmó el cambio retenido de {{source}}' },
  'audit.heldRejected': { en: 'rejected the change held back from {{source}}; the stay stays as it was', es: 'rechazó el cambio retenido de {{source}}; la estancia queda como estaba' },
  'audit.bookingChangedBy': {
    en: '{{count}} lock update(s) from a booking change by {{source}}: {{what}}',
    es: '{{count}} cambio(s) en cerraduras por un cambio de reserva de {{source}}: {{what}}',
  },
  'audit.bookingChanged': { en: '{{count}} lock update(s) from a booking change', es: '{{count}} cambio(s) en cerraduras por un cambio de reserva' },
  'audit.nightAudit': {
    en: '{{locks}} lock(s), {{zombies}} zombie(s), {{missing}} missing, {{swept}} swept',
    es: '{{locks}} cerradura(s), {{zombies}} credencial(es) sobrante(s), {{missing}} que faltaba(n), {{swept}} retirada(s)',
  },
  'audit.deskUnlocked': { en: 'desk unlocked', es: 'recepción desbloqueada' },
  'audit.wrongPin': { en: 'wrong PIN', es: 'PIN incorrecto' },
  'audit.pinPaused': {
    en: '{{count}} wrong PINs in a row: unlocking paused for {{minutes}} minute(s)',
    es: '{{count}} PIN incorrectos seguidos: desbloqueo en pausa durante {{minutes}} minuto(s)',
  },
  'audit.pinManagerOnly': {
    en: '{{count}} wrong PINs in a row: only a manager’s PIN unlocks the desk now',
    es: '{{count}} PIN incorrectos seguidos: ahora solo el PIN de un encargado desbloquea la recepción',
  },
  'audit.ownPinChanged': { en: 'changed their own PIN', es: 'ha cambiado su propio PIN' },
  'audit.cardTyped': { en: 'card {{card}} typed by hand (reader not used)', es: 'tarjeta {{card}} escrita a mano (sin lector)' },
  'audit.auditExported': { en: '{{count}} audit entries exported to {{file}}', es: '{{count}} entradas del registro exportadas a {{file}}' },
  'audit.csv.when': { en: 'When', es: 'Cuándo' },
  'audit.csv.staff': { en: 'Staff', es: 'Personal' },
  'audit.csv.action': { en: 'Action', es: 'Acción' },
  'audit.csv.guest': { en: 'Guest', es: 'Huésped' },
  'audit.csv.room': { en: 'Room', es: 'Habitación' },
  'audit.csv.detail': { en: 'What', es: 'Qué' },
  'audit.csv.result': { en: 'Result', es: 'Resultado' },
  'audit.csv.result.ok': { en: 'Done', es: 'Hecho' },
  'audit.csv.result.failed': { en: 'Failed', es: 'Falló' },
  'audit.csv.result.pending': { en: 'Sent to the locks', es: 'Enviado a las cerraduras' },
  'audit.diagnosticsExported': { en: 'diagnostics exported to {{folder}}', es: 'diagnóstico exportado a {{folder}}' },
  'audit.diagnosticsExportedNames': {
    en: 'diagnostics exported to {{folder}}, with guest names',
    es: 'diagnóstico exportado a {{folder}}, con los nombres de los huéspedes',
  },
  'audit.role.desk': { en: 'desk staff', es: 'recepcionista' },
  'audit.role.manager': { en: 'manager', es: 'encargado' },
  'audit.staffMember': { en: '{{name}} ({{role}})', es: '{{name}} ({{role}})' },
  'audit.staffMemberNewPin': { en: '{{name}} ({{role}}), new PIN', es: '{{name}} ({{role}}), PIN nuevo' },
  'audit.name': { en: '{{name}}', es: '{{name}}' },
  'audit.sifelySignedIn': {
    en: 'signed in as {{account}}; {{locks}} lock(s) on the account',
    es: 'sesión iniciada como {{account}}; {{locks}} cerradura(s) en la cuenta',
  },
  'audit.roomsBulk': { en: '{{count}} room(s) saved at once: {{rooms}}', es: '{{count}} habitación(es) guardadas a la vez: {{rooms}}' },
  'audit.roomDoors': { en: 'room {{room}}: {{doors}}', es: 'habitación {{room}}: {{doors}}' },
  'audit.property': {
    en: '{{name}}, {{timeZone}}, check-in {{checkIn}}, check-out {{checkOut}}',
    es: '{{name}}, {{timeZone}}, entrada {{checkIn}}, salida {{checkOut}}',
  },
  'audit.settingsChanged': { en: '{{fields}}', es: '{{fields}}' },
  'audit.noChange': { en: 'no change', es: 'sin cambios' },
  'audit.slipBrowser': { en: "slip ({{size}}, {{language}}) opened for the browser's print", es: 'ticket ({{size}}, {{language}}) abierto para imprimir desde el navegador' },
  'audit.slipPrinted': { en: 'slip ({{size}}, {{language}}) printed on {{printer}}', es: 'ticket ({{size}}, {{language}}) impreso en {{printer}}' },
  'audit.remoteUnlock': { en: '{{door}} opened remotely', es: '{{door}} abierta a distancia' },
  'audit.remoteUnlockFailed': { en: '{{door}} did not open: {{reason}}', es: '{{door}} no se ha abierto: {{reason}}' },
  'audit.deskQuit': { en: 'the desk was quit from setup', es: 'se cerró la recepción desde la configuración' },
  'audit.slipSent': {
    en: 'slip ({{size}}, {{language}}) sent to {{printer}}, not confirmed; PDF copy {{file}}',
    es: 'ticket ({{size}}, {{language}}) enviado a {{printer}}, sin confirmar; copia PDF {{file}}',
  },
  'audit.slipPdf': { en: 'slip ({{size}}, {{language}}) saved as PDF: {{reason}}', es: 'ticket ({{size}}, {{language}}) guardado como PDF: {{reason}}' },
  // Room types (Setup), which imports assign rooms from.
  'audit.roomTypeSaved': { en: 'Room type {{name}} saved with {{rooms}} rooms.', es: 'Tipo de habitación {{name}} guardado con {{rooms}} habitaciones.' },
  'audit.roomTypeRemoved': { en: 'Room type {{name}} removed.', es: 'Tipo de habitación {{name}} eliminado.' },
});
