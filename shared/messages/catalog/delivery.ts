import { defineMessages } from '../define';

/**
 * Guest delivery (issue 18): what the clerk reads about a booking's messages, the guest's own
 * message (worded in the GUEST's language), then the screen's words (the booking's delivery box,
 * the walk-in's contact fields, Setup → Guest messages). Keys start with 'delivery.'. Reasons name
 * the next step where there is one.
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
  'delivery.smtpCertificate': {
    en: 'The mail server {{host}} showed a certificate the desk cannot trust ({{detail}}). Nothing was sent and the desk will not retry: ask whoever runs the server for a certificate from a public authority, or choose "no encryption" in Setup for a relay on your own network.',
    es: 'El servidor de correo {{host}} presentó un certificado en el que la recepción no puede confiar ({{detail}}). No se ha enviado nada y no se reintentará: pida a quien gestiona el servidor un certificado de una autoridad pública o elija «sin cifrado» en Configuración para un servidor de su propia red.',
  },
  'delivery.smtpTls': {
    en: 'The secure connection to the mail server failed ({{detail}}): check the security setting in Setup.',
    es: 'Falló la conexión segura con el servidor de correo ({{detail}}): revise la seguridad en Configuración.',
  },
  'delivery.smtpTemporary': {
    en: 'The mail server answered "{{reply}}" for now; the desk tries again.',
    es: 'El servidor de correo respondió «{{reply}}» por ahora; la recepción lo vuelve a intentar.',
  },
  'delivery.smtpRefused': {
    en: 'The mail server refused the message: "{{reply}}".',
    es: 'El servidor de correo rechazó el mensaje: «{{reply}}».',
  },
  'delivery.bounced': {
    en: 'The address {{recipient}} was refused: "{{reply}}". Check it with the guest.',
    es: 'La dirección {{recipient}} fue rechazada: «{{reply}}». Compruébela con el huésped.',
  },
  'delivery.smsAuth': {
    en: 'The SMS provider refused the account SID or token: check them in Setup → Guest messages.',
    es: 'El proveedor de SMS rechazó el SID de cuenta o el token: revíselos en Configuración → Mensajes a huéspedes.',
  },
  'delivery.smsRefused': {
    en: 'The SMS provider refused the message: "{{reply}}".',
    es: 'El proveedor de SMS rechazó el mensaje: «{{reply}}».',
  },
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
  'delivery.roomNotFree': { en: 'The room is not free for this stay.', es: 'La habitación no está libre para esta estancia.' },
  'delivery.superseded': {
    en: 'Replaced by a newer code before it was sent.',
    es: 'Sustituido por un código más reciente antes de enviarse.',
  },
  'delivery.gaveUp': { en: '{{why}} (gave up after {{attempts}} attempts)', es: '{{why}} (abandonado tras {{attempts}} intentos)' },
  'delivery.nothingToSend': {
    en: 'There is no code confirmed on the locks to send yet.',
    es: 'Aún no hay ningún código confirmado en las cerraduras que enviar.',
  },
  'delivery.testSent': {
    en: 'Test e-mail handed to {{host}} for {{recipient}}.',
    es: 'Correo de prueba entregado a {{host}} para {{recipient}}.',
  },
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
  // The screen's words.
  'delivery.title': { en: 'Guest messages', es: 'Mensajes al huésped' },
  'delivery.email': { en: 'E-mail', es: 'Correo' },
  'delivery.phone': { en: 'Mobile (with country code)', es: 'Móvil (con prefijo de país)' },
  'delivery.language': { en: 'Guest language', es: 'Idioma del huésped' },
  'delivery.editContact': { en: 'Edit guest', es: 'Editar huésped' },
  'delivery.saveContact': { en: 'Save', es: 'Guardar' },
  'delivery.cancel': { en: 'Cancel', es: 'Cancelar' },
  'delivery.none': { en: 'none', es: 'ninguno' },
  'delivery.autoWaiting': {
    en: 'A code will be issued and sent by itself on {{when}}.',
    es: 'Se emitirá y enviará un código automáticamente el {{when}}.',
  },
  'delivery.autoIssued': {
    en: 'The code was issued by the desk and is sent to the guest.',
    es: 'La recepción emitió el código y se envía al huésped.',
  },
  'delivery.autoHeld': { en: 'The automatic code is waiting: {{reason}}', es: 'El código automático está en espera: {{reason}}' },
  'delivery.resend': { en: 'Resend code', es: 'Reenviar código' },
  'delivery.copy': { en: 'Copy code', es: 'Copiar código' },
  'delivery.copied': {
    en: 'Message with the code copied: paste it into the guest’s inbox.',
    es: 'Mensaje con el código copiado: péguelo en la bandeja del huésped.',
  },
  'delivery.copyFailed': {
    en: 'This PC did not allow copying: select the text below instead.',
    es: 'Este PC no permitió copiar: seleccione el texto de abajo.',
  },
  'delivery.qr': { en: 'Show QR', es: 'Ver QR' },
  'delivery.hideQr': { en: 'Hide QR', es: 'Ocultar QR' },
  'delivery.qrLabel': { en: 'QR code of the message for the guest', es: 'Código QR del mensaje para el huésped' },
  'delivery.channel_email': { en: 'E-mail', es: 'Correo' },
  'delivery.channel_sms': { en: 'SMS', es: 'SMS' },
  'delivery.kind_code': { en: 'code', es: 'código' },
  'delivery.kind_cancel': { en: 'cancellation', es: 'cancelación' },
  'delivery.kind_test': { en: 'test', es: 'prueba' },
  'delivery.state_queued': { en: 'queued', es: 'en cola' },
  'delivery.state_sending': { en: 'sending', es: 'enviando' },
  'delivery.state_sent': { en: 'sent {{when}}', es: 'enviado {{when}}' },
  'delivery.state_failed': { en: 'failed', es: 'fallido' },
  'delivery.state_bounced': { en: 'bounced', es: 'rechazado' },
  'delivery.state_superseded': { en: 'replaced', es: 'sustituido' },
  'delivery.noMessages': { en: 'Nothing sent yet.', es: 'Aún no se ha enviado nada.' },
  'delivery.setup.intro': {
    en: 'Codes issued ahead are sent to guests from the property’s own mail server and by SMS.',
    es: 'Los códigos emitidos por adelantado se envían desde el servidor de correo del alojamiento y por SMS.',
  },
  'delivery.setup.emailTitle': { en: 'E-mail (SMTP)', es: 'Correo (SMTP)' },
  'delivery.setup.emailOn': { en: 'Send e-mails to guests', es: 'Enviar correos a los huéspedes' },
  'delivery.setup.host': { en: 'Server', es: 'Servidor' },
  'delivery.setup.port': { en: 'Port', es: 'Puerto' },
  'delivery.setup.tls': { en: 'Security', es: 'Seguridad' },
  'delivery.setup.tls_none': { en: 'None (local relay)', es: 'Ninguna (relé local)' },
  'delivery.setup.tls_starttls': { en: 'STARTTLS (port 587)', es: 'STARTTLS (puerto 587)' },
  'delivery.setup.tls_tls': { en: 'TLS (port 465)', es: 'TLS (puerto 465)' },
  'delivery.setup.user': { en: 'User name', es: 'Usuario' },
  'delivery.setup.password': { en: 'Password', es: 'Contraseña' },
  'delivery.setup.passwordSet': {
    en: 'A password is saved: leave empty to keep it.',
    es: 'Hay una contraseña guardada: déjelo vacío para conservarla.',
  },
  'delivery.setup.from': { en: 'From address', es: 'Dirección del remitente' },
  'delivery.setup.fromExample': { en: 'desk@hotel.example', es: 'recepcion@hotel.example' },
  'delivery.setup.testTo': { en: 'Send a test to', es: 'Enviar una prueba a' },
  'delivery.setup.test': { en: 'Send a test e-mail', es: 'Enviar un correo de prueba' },
  'delivery.setup.smsTitle': { en: 'SMS (Twilio)', es: 'SMS (Twilio)' },
  'delivery.setup.smsOn': { en: 'Send SMS to guests', es: 'Enviar SMS a los huéspedes' },
  'delivery.setup.baseUrl': { en: 'Service address', es: 'Dirección del servicio' },
  'delivery.setup.accountSid': { en: 'Account SID', es: 'SID de la cuenta' },
  'delivery.setup.token': { en: 'Auth token', es: 'Token de autenticación' },
  'delivery.setup.tokenSet': {
    en: 'A token is saved: leave empty to keep it.',
    es: 'Hay un token guardado: déjelo vacío para conservarlo.',
  },
  'delivery.setup.smsFrom': { en: 'From number', es: 'Número remitente' },
  'delivery.setup.policiesTitle': { en: 'Codes issued by themselves', es: 'Códigos emitidos automáticamente' },
  'delivery.setup.walkIn': { en: 'Walk-ins', es: 'Clientes sin reserva' },
  'delivery.setup.feeds': { en: 'Booking feeds (iCal)', es: 'Calendarios de reservas (iCal)' },
  'delivery.setup.csv': { en: 'CSV imports', es: 'Importaciones CSV' },
  'delivery.setup.auto': { en: 'Issue automatically', es: 'Emitir automáticamente' },
  'delivery.setup.hours': { en: 'Hours before arrival', es: 'Horas antes de la llegada' },
  'delivery.setup.templatesTitle': { en: 'Message to the guest', es: 'Mensaje al huésped' },
  'delivery.setup.templateLang': { en: 'Language of the template', es: 'Idioma de la plantilla' },
  'delivery.setup.subject': { en: 'Subject', es: 'Asunto' },
  'delivery.setup.body': { en: 'Message', es: 'Mensaje' },
  'delivery.setup.cancelSubject': { en: 'Cancellation subject', es: 'Asunto de la cancelación' },
  'delivery.setup.cancelBody': { en: 'Cancellation message', es: 'Mensaje de cancelación' },
  'delivery.setup.placeholders': { en: 'You can use:', es: 'Puede usar:' },
  'delivery.setup.propertyText': {
    en: 'Property text (Wi-Fi, parking, a phone number)',
    es: 'Texto del alojamiento (wifi, aparcamiento, un teléfono)',
  },
  'delivery.setup.save': { en: 'Save guest messages', es: 'Guardar mensajes al huésped' },
  'delivery.setup.saved': { en: 'Guest message settings saved.', es: 'Configuración de mensajes guardada.' },
  'delivery.guestName': { en: 'Guest name', es: 'Nombre del huésped' },
});
