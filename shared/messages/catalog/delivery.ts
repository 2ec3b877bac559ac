import { defineMessages } from '../define';

/**
 * Guest delivery (issue 18): what the clerk reads about a booking's messages, and the guest's own
 * message (worded in the GUEST's language). Keys start with 'delivery.'. Reasons name the next
 * step where there is one.
 */
export const deliveryMessages = defineMessages({
  'delivery.noContact': {
    en: 'No way to reach this guest: print the slip or add an e-mail.',
    es: 'No hay forma de contactar con este huésped: imprima la hoja o añada un correo.',
  },
  'delivery.notConfiguredEmail': {
    en: 'Guest e-mail is not set up (Setup → Guest messages).',
    es: 'El correo a huéspedes no está configurado (Configuración → Mensajes a huéspedes).',
  },
  'delivery.notConfiguredSms': {
    en: 'Guest SMS is not set up (Setup → Guest messages).',
    es: 'Los SMS a huéspedes no están configurados (Configuración → Mensajes a huéspedes).',
  },
  'delivery.smtpUnreachable': {
    en: 'The mail server {{host}} cannot be reached ({{detail}}); the desk keeps trying.',
    es: 'No se puede contactar con el servidor de correo {{host}} ({{detail}}); la recepción sigue intentándolo.',
  },
  'delivery.smtpAuth': {
    en: 'The mail server refused the user name or password: check them in Setup → Guest messages.',
    es: 'El servidor de correo rechazó el usuario o la contraseña: revíselos en Configuración → Mensajes a huéspedes.',
  },
  'delivery.smtpTls': {
    en: 'The secure connection to the mail server failed ({{detail}}): check the security setting in Setup.',
    es: 'Falló la conexión segura con el servidor de correo ({{detail}}): revise la seguridad en Configuración.',
  },
  'delivery.smtpTemporary': {
    en: 'The mail server answered "{{reply}}" for now; the desk tries again.',
    es: 'El servidor de correo respondió «{{reply}}» por ahora; la recepción lo vuelve a intentar.',
  },
  'delivery.smtpRefused': { en: 'The mail server refused the message: "{{reply}}".', es: 'El servidor de correo rechazó el mensaje: «{{reply}}».' },
  'delivery.bounced': {
    en: 'The address {{recipient}} was refused: "{{reply}}". Check it with the guest.',
    es: 'La dirección {{recipient}} fue rechazada: «{{reply}}». Compruébela con el huésped.',
  },
  'delivery.smsAuth': {
    en: 'The SMS provider refused the account SID or token: check them in Setup → Guest messages.',
    es: 'El proveedor de SMS rechazó el SID de cuenta o el token: revíselos en Configuración → Mensajes a huéspedes.',
  },
  'delivery.smsRefused': { en: 'The SMS provider refused the message: "{{reply}}".', es: 'El proveedor de SMS rechazó el mensaje: «{{reply}}».' },
  'delivery.smsBadNumber': {
    en: 'The SMS provider cannot send to {{recipient}}: "{{reply}}". Check the number with the guest.',
    es: 'El proveedor de SMS no puede enviar a {{recipient}}: «{{reply}}». Compruebe el número con el huésped.',
  },
  'delivery.smsRateLimited': {
    en: 'The SMS provider asked the desk to slow down; the desk tries again shortly.',
    es: 'El proveedor de SMS pidió a la recepción que espere; se vuelve a intentar en breve.',
  },
  'delivery.smsServer': {
    en: 'The SMS provider had a problem (HTTP {{status}}); the desk tries again.',
    es: 'El proveedor de SMS tuvo un problema (HTTP {{status}}); la recepción lo vuelve a intentar.',
  },
  'delivery.smsUnreachable': {
    en: 'The SMS provider cannot be reached ({{detail}}); the desk keeps trying.',
    es: 'No se puede contactar con el proveedor de SMS ({{detail}}); la recepción sigue intentándolo.',
  },
  'delivery.unclear': {
    en: 'The desk stopped while this message was being sent: it may have arrived. Resend if the guest has not got it.',
    es: 'La recepción se detuvo mientras se enviaba este mensaje: puede que haya llegado. Reenvíelo si el huésped no lo tiene.',
  },
  'delivery.superseded': { en: 'Replaced by a newer code before it was sent.', es: 'Sustituido por un código más reciente antes de enviarse.' },
  'delivery.gaveUp': { en: '{{why}} (gave up after {{attempts}} attempts)', es: '{{why}} (abandonado tras {{attempts}} intentos)' },
  'delivery.nothingToSend': {
    en: 'There is no code confirmed on the locks to send yet.',
    es: 'Aún no hay ningún código confirmado en las cerraduras que enviar.',
  },
  'delivery.autoWaiting': { en: 'A code will be issued and sent by itself at {{when}}.', es: 'Se emitirá y enviará un código automáticamente el {{when}}.' },
  'delivery.testSent': { en: 'Test e-mail handed to {{host}} for {{recipient}}.', es: 'Correo de prueba entregado a {{host}} para {{recipient}}.' },
  'delivery.testSubject': { en: '{{property}}: test e-mail from the front desk', es: '{{property}}: correo de prueba de la recepción' },
  'delivery.testBody': {
    en: 'This is a test from the Sifely Front Desk. Guest messages will be sent from this address.',
    es: 'Esto es una prueba de Sifely Front Desk. Los mensajes a huéspedes se enviarán desde esta dirección.',
  },

  // The guest's message: placeholders the manager may use in a template.
  'delivery.template.subject': { en: 'Your door code for {{property}}', es: 'Su código de acceso para {{property}}' },
  'delivery.template.body': {
    en: 'Hello {{guest}},\n\nYour room is {{room}}. Your door code: {{code}}\nValid {{window}}.\n\n{{doors}}\n\nHow to open: {{howTo}}\n\n{{propertyText}}',
    es: 'Hola {{guest}}:\n\nSu habitación es la {{room}}. Su código de acceso: {{code}}\nVálido {{window}}.\n\n{{doors}}\n\nCómo abrir: {{howTo}}\n\n{{propertyText}}',
  },
  'delivery.template.cancelSubject': { en: 'Your booking at {{property}} is cancelled', es: 'Su reserva en {{property}} está cancelada' },
  'delivery.template.cancelBody': {
    en: 'Hello {{guest}},\n\nYour booking for room {{room}} is cancelled, and the door code sent before no longer opens any door.\n\n{{propertyText}}',
    es: 'Hola {{guest}}:\n\nSu reserva de la habitación {{room}} está cancelada, y el código enviado antes ya no abre ninguna puerta.\n\n{{propertyText}}',
  },
  'delivery.window': { en: 'from {{from}} to {{until}} ({{zone}})', es: 'desde el {{from}} hasta el {{until}} ({{zone}})' },
  'delivery.doorLine': { en: '{{door}}: {{code}}, {{window}}', es: '{{door}}: {{code}}, {{window}}' },
  'delivery.offlineDoorLine': {
    en: '{{door}}: {{code}}, {{window}}. Use this code for the first time within 24 hours of its start.',
    es: '{{door}}: {{code}}, {{window}}. Use este código por primera vez en las 24 horas siguientes a su inicio.',
  },
});
