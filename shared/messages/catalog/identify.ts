import { defineMessages } from '../define';

/** A card tapped to find whose it is. Keys start with 'identify.'. Spanish (Spain), usted form. */
export const identifyMessages = defineMessages({
  'identify.label': { en: 'Card that was tapped', es: 'Tarjeta leída' },
  'identify.unknown': {
    en: 'Card {{card}} was read. No guest has this card.',
    es: 'Se ha leído la tarjeta {{card}}. Ningún huésped la tiene.',
  },
  'identify.unknownHint': {
    en: 'It may be a new card: select a guest and press “Issue card”, then tap it again.',
    es: 'Puede ser una tarjeta nueva: elija un huésped, pulse «Emitir tarjeta» y acérquela de nuevo.',
  },
  'identify.whose': { en: 'Card {{card}} belongs to', es: 'La tarjeta {{card}} es de' },
  'identify.validUntil': { en: 'Valid until {{when}}', es: 'Válida hasta {{when}}' },
  'identify.state': { en: 'On the doors', es: 'En las puertas' },
  'identify.reportLost': { en: 'Report lost', es: 'Tarjeta perdida' },
  'identify.handedBack': { en: 'Card handed back', es: 'Tarjeta devuelta' },
  'identify.openBooking': { en: 'Open this booking', es: 'Abrir esta reserva' },
  'identify.noLongerActive': { en: 'This card no longer opens any door.', es: 'Esta tarjeta ya no abre ninguna puerta.' },
});
