import { defineMessages } from '../define';

/**
 * Sentences the core sends about staff, in every desk language. Keys start with 'staff.'. The
 * Spanish follows the renderer's words: "la recepción" (the desk), "encargado" (manager),
 * "recepcionista" (desk staff).
 */
export const staffMessages = defineMessages({
  'staff.locked': {
    en: 'The desk is locked. Enter your PIN to continue.',
    es: 'La recepción está bloqueada. Escriba su PIN para continuar.',
  },
  'staff.managerOnly': {
    en: 'Only a manager can do this. {{name}} is signed in as desk staff.',
    es: 'Solo un encargado puede hacer esto. {{name}} ha entrado como recepcionista.',
  },
  'staff.pinPaused': {
    en: 'Too many wrong PINs. Try again in {{seconds}} seconds.',
    es: 'Demasiados PIN incorrectos. Inténtelo de nuevo dentro de {{seconds}} segundos.',
  },
  'staff.pinPausedMinutes': {
    en: 'Too many wrong PINs. Try again in {{minutes}} minutes.',
    es: 'Demasiados PIN incorrectos. Inténtelo de nuevo dentro de {{minutes}} minutos.',
  },
  'staff.pinManagerOnly': {
    en: 'Too many wrong PINs. Only a manager’s PIN can unlock the desk now.',
    es: 'Demasiados PIN incorrectos. Ahora solo el PIN de un encargado puede desbloquear la recepción.',
  },
  'staff.wrongPin': { en: 'That PIN is not right. Please try again.', es: 'Ese PIN no es correcto. Inténtelo de nuevo.' },
  'staff.nameTaken': { en: 'There is already a staff member called {{name}}.', es: 'Ya hay alguien del personal llamado {{name}}.' },
  'staff.pinNeeded': { en: 'A new staff member needs a PIN.', es: 'Para dar de alta a alguien del personal hace falta un PIN.' },
  'staff.firstMustManage': { en: 'The first staff member must be a manager.', es: 'La primera persona dada de alta debe ser encargado.' },
  'staff.gone': { en: 'That staff member no longer exists.', es: 'Esa persona ya no está dada de alta en el personal.' },
  'staff.lastManager': { en: 'The desk needs at least one manager.', es: 'La recepción necesita al menos un encargado.' },
  'staff.firstManagerNeeded': {
    en: 'The desk has no staff yet. Create the first manager (name and PIN) to continue.',
    es: 'La recepción aún no tiene personal. Dé de alta al primer encargado (nombre y PIN) para continuar.',
  },
  'staff.lastManagerRemove': {
    en: 'The desk needs at least one manager. Make someone else a manager first.',
    es: 'La recepción necesita al menos un encargado. Nombre antes encargado a otra persona.',
  },

  // The screen's own words.
  'staff.lockedTitle': { en: 'The desk is locked', es: 'La recepción está bloqueada' },
  'staff.prompt': { en: 'Choose your name and type your PIN.', es: 'Elija su nombre y escriba su PIN.' },
  'staff.names': { en: 'Staff', es: 'Personal' },
  'staff.pin': { en: 'PIN', es: 'PIN' },
  'staff.unlock': { en: 'Unlock', es: 'Desbloquear con PIN' },
  'staff.lock': { en: 'Lock', es: 'Bloquear' },
  'staff.lockAs': { en: '{{name}} · Lock', es: '{{name}} · Bloquear' },
  'staff.firstTitle': { en: 'Create the first manager', es: 'Alta del primer encargado' },
  'staff.firstPrompt': {
    en: 'This desk has no staff yet. Nothing else works until a manager exists: type your name and choose a PIN.',
    es: 'Esta recepción aún no tiene personal. Nada más funciona hasta que haya un encargado: escriba su nombre y elija un PIN.',
  },
  'staff.firstName': { en: 'Name', es: 'Nombre' },
  'staff.firstPin': { en: 'PIN (4–8 digits)', es: 'PIN (4–8 cifras)' },
  'staff.firstCreate': { en: 'Create manager', es: 'Dar de alta al encargado' },
  'staff.changePin': { en: 'My PIN', es: 'Mi PIN' },
  'staff.changeTitle': { en: 'Change my PIN', es: 'Cambiar mi PIN' },
  'staff.currentPin': { en: 'Current PIN', es: 'PIN actual' },
  'staff.newPin': { en: 'New PIN (4–8 digits)', es: 'PIN nuevo (4–8 cifras)' },
  'staff.repeatPin': { en: 'New PIN again', es: 'Repita el PIN nuevo' },
  'staff.pinsDiffer': { en: 'The two new PINs are not the same.', es: 'Los dos PIN nuevos no coinciden.' },
  'staff.savePin': { en: 'Change PIN', es: 'Cambiar PIN' },
  'staff.pinChanged': { en: 'Your PIN was changed.', es: 'Su PIN se ha cambiado.' },
});
