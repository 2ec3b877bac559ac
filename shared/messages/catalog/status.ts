import { defineMessages } from '../define';

/** A booking's status as a badge. Keys start with 'status.'. Spanish (Spain), usted form. */
export const statusMessages = defineMessages({
  'status.booked': { en: 'Expected', es: 'Esperado' },
  'status.checked_in': { en: 'Checked in', es: 'Alojado' },
  'status.checked_out': { en: 'Checked out', es: 'Salida hecha' },
  'status.cancelled': { en: 'Cancelled', es: 'Cancelada' },
  'status.key_ready': { en: 'Key ready', es: 'Llave lista' },
});
