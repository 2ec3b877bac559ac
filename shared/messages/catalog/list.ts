import { defineMessages } from '../define';

/** The guest lists on the left (arriving, in house, leaving) and search. Keys start with 'list.'. Spanish (Spain), usted form. */
export const listMessages = defineMessages({
  'list.nav': { en: 'Guests', es: 'Huéspedes' },
  'list.search': { en: 'Find a guest by name or room', es: 'Buscar huésped por nombre o habitación' },
  'list.searchPlaceholder': { en: 'Find a guest, booking or room…', es: 'Buscar huésped, reserva o habitación…' },
  'list.results': { en: 'Search results', es: 'Resultados' },
  'list.noResults': { en: 'Nobody matches “{{query}}”.', es: 'Nadie coincide con «{{query}}».' },
  'list.searching': { en: 'Searching…', es: 'Buscando…' },
  'list.arrivals': { en: 'Arriving today', es: 'Llegan hoy' },
  'list.inHouse': { en: 'In house', es: 'Alojados' },
  'list.departures': { en: 'Leaving today', es: 'Salen hoy' },
  'list.noArrivals': { en: 'No more arrivals today.', es: 'No quedan llegadas hoy.' },
  'list.noInHouse': { en: 'Nobody is checked in.', es: 'No hay nadie alojado.' },
  'list.noDepartures': { en: 'No departures left today.', es: 'No quedan salidas hoy.' },
  'list.arrives': { en: 'Arrives {{when}}', es: 'Llega {{when}}' },
  'list.leaves': { en: 'Leaves {{when}}', es: 'Sale {{when}}' },
  'list.stay': { en: '{{from}} → {{to}}', es: '{{from}} → {{to}}' },
});
