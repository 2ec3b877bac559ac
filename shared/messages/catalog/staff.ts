import { defineMessages } from '../define';

/**
 * Sentences the core sends about staff, in every desk language. Keys start with 'staff.'. The
 * Spanish follows the renderer's words: "la recepción" (the desk), "encargado" (manager),
 * "recepcionista" (desk staff).
 */
export const staffMessages = defineMessages({
  'staff.locked': { en: 'The desk is locked. Enter your PIN to continue.', es: 'La recepción está bloqueada. Escriba su PIN para continuar.' },
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
});
