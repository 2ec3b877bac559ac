import { defineMessages } from '../define';

/**
 * Sentences the core sends about setup, in every desk language. Keys start with 'setup.'. The
 * Spanish follows the setup wizard's words: "recepción", "alojamiento", "cerradura", "encargado".
 */
export const setupMessages = defineMessages({
  'setup.notSetUp': {
    en: 'This desk is not set up yet. A manager opens Setup (top right) to sign in to Sifely, import the locks and map the rooms.',
    es: 'Esta recepción aún no está configurada. Un encargado debe abrir Configuración (arriba a la derecha) para iniciar sesión en Sifely, importar las cerraduras y asignar las habitaciones.',
  },
  'setup.badTimeZone': {
    en: '"{{zone}}" is not a time zone this computer knows (e.g. Europe/Madrid).',
    es: '«{{zone}}» no es una zona horaria que este ordenador conozca (p. ej. Europe/Madrid).',
  },
  'setup.lockIsRoomDoor': {
    en: 'The lock "{{lock}}" is already used as a room\'s own door.',
    es: 'La cerradura «{{lock}}» ya se usa como puerta propia de una habitación.',
  },
  'setup.lockIsSharedDoor': {
    en: 'The lock "{{lock}}" is already used as a shared door.',
    es: 'La cerradura «{{lock}}» ya se usa como puerta compartida.',
  },
  'setup.ownDoorAlsoShared': {
    en: "A room's own door cannot also be one of its shared doors.",
    es: 'La puerta propia de una habitación no puede ser también una de sus puertas compartidas.',
  },
  'setup.quitUnavailable': {
    en: 'Quitting is for the installed desk; here, close the browser tab.',
    es: 'Salir es para la recepción instalada; aquí, cierre la pestaña del navegador.',
  },
  'setup.roomNameTaken': { en: 'There is already a room called {{room}}.', es: 'Ya hay una habitación llamada {{room}}.' },
  'setup.lockTaken': { en: 'That lock is already the door of room {{room}}.', es: 'Esa cerradura ya es la puerta de la habitación {{room}}.' },
  'setup.roomGone': { en: 'That room no longer exists.', es: 'Esa habitación ya no existe.' },
  'setup.roomHasGuests': {
    en: "Guests in room {{room}} hold cards or codes. Move or check them out before changing the room's doors.",
    es: 'Hay huéspedes de la habitación {{room}} con tarjetas o códigos. Cámbielos de habitación o registre su salida antes de cambiar las puertas de la habitación.',
  },

  // The saved Sifely sign-in (main's encrypted secret store).
  'setup.secret.noEncryption': {
    en: "Windows could not provide encryption for the Sifely password, so it was not saved. Sign in to Windows with the desk's own user account (not a temporary profile) and try again.",
    es: 'Windows no ha podido cifrar la contraseña de Sifely, así que no se ha guardado. Inicie sesión en Windows con la cuenta de usuario propia de la recepción (no un perfil temporal) e inténtelo de nuevo.',
  },
  'setup.secret.damagedFile': {
    en: 'The saved Sifely sign-in ({{file}}) is damaged. Enter the Sifely account again in the setup.',
    es: 'El inicio de sesión de Sifely guardado ({{file}}) está dañado. Vuelva a introducir la cuenta de Sifely en la configuración.',
  },
  'setup.secret.damaged': {
    en: 'The saved Sifely sign-in is damaged. Enter the Sifely account again in the setup.',
    es: 'El inicio de sesión de Sifely guardado está dañado. Vuelva a introducir la cuenta de Sifely en la configuración.',
  },
  'setup.secret.otherUser': {
    en: 'The saved Sifely sign-in cannot be unlocked on this PC or Windows user. Enter the Sifely account again in the setup.',
    es: 'El inicio de sesión de Sifely guardado no se puede desbloquear en este PC o con este usuario de Windows. Vuelva a introducir la cuenta de Sifely en la configuración.',
  },
  'setup.secret.incomplete': { en: 'The Sifely sign-in is incomplete: {{details}}', es: 'El inicio de sesión de Sifely está incompleto: {{details}}' },
  // Start-up failures, shown by the desktop shell before any screen exists (in the PC's language).
  'setup.startup.credentialUnreadable': {
    en: 'The saved Sifely sign-in could not be read.',
    es: 'No se ha podido leer el inicio de sesión de Sifely guardado.',
  },
  'setup.startup.debugRefused': {
    en: 'The desk does not start with debugging switches ({{switches}}). Start it from its usual shortcut.',
    es: 'La recepción no arranca con opciones de depuración ({{switches}}). Iníciela desde su acceso directo habitual.',
  },
  'setup.startup.failed': { en: 'The desk could not start: {{reason}}', es: 'La recepción no ha podido arrancar: {{reason}}' },
  // Room types (Setup), which imports assign rooms from.
  'setup.roomTypeExists': { en: 'There is already a room type called {{name}}.', es: 'Ya hay un tipo de habitación llamado {{name}}.' },
  'setup.roomTypeUnknown': { en: 'That room type no longer exists.', es: 'Ese tipo de habitación ya no existe.' },
});
