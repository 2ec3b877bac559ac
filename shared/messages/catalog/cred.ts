import { defineMessages } from '../define';

/** One card or code on one door, as the guest's panel lists it. Keys start with 'cred.'. Spanish (Spain), usted form. */
export const credMessages = defineMessages({
  'cred.pending': { en: 'Programming…', es: 'Programando…' },
  'cred.issued': { en: 'Issued', es: 'Activa' },
  'cred.failed': { en: 'Not issued', es: 'No emitida' },
  'cred.revoking': { en: 'Revocation pending', es: 'Baja pendiente' },
  'cred.revoked': { en: 'Revoked', es: 'Dada de baja' },
  'cred.card': { en: 'Card {{secret}}', es: 'Tarjeta {{secret}}' },
  'cred.code': { en: 'Code {{secret}}', es: 'Código {{secret}}' },
  'cred.codeComing': { en: 'Code on its way', es: 'Código en camino' },
  'cred.offline': { en: 'offline code', es: 'código sin conexión' },
  'cred.window': { en: '{{from}} – {{to}}', es: '{{from}} – {{to}}' },
  'cred.until': { en: 'until {{when}}', es: 'hasta {{when}}' },
  'cred.none': { en: 'No card or code yet', es: 'Aún sin tarjeta ni código' },
  'cred.noneAfter': { en: 'No card or code: the stay is over', es: 'Sin tarjeta ni código: la estancia ha terminado' },
});
