import { defineMessages } from '../define';

/** The room grid: rooms by day, who is in each and when. Keys start with 'grid.'. Spanish (Spain), usted form. */
export const gridMessages = defineMessages({
  'grid.title': { en: 'Rooms, night by night', es: 'Habitaciones, noche a noche' },
  'grid.caption': {
    en: 'Each room’s stays from yesterday to two weeks ahead. Arrow keys move between stays and tonight’s free rooms; Enter opens one.',
    es: 'Las estancias de cada habitación desde ayer hasta dentro de dos semanas. Las flechas pasan de una estancia a otra y a las habitaciones libres esta noche; Intro abre la elegida.',
  },
  'grid.legend': { en: 'What the colours mean', es: 'Qué significa cada color' },
  'grid.roomAndLocks': { en: 'Room and locks', es: 'Habitación y cerraduras' },
  'grid.locksOk': { en: 'Locks OK', es: 'Cerraduras bien' },
  'grid.free': { en: 'Free', es: 'Libre' },
  'grid.walkInRoom': {
    en: 'Room {{room}} is free tonight: walk-in',
    es: 'La habitación {{room}} está libre esta noche: huésped sin reserva',
  },
  'grid.stayLabel': {
    en: '{{guest}}, {{state}}, {{from}} to {{to}}: open the booking',
    es: '{{guest}}, {{state}}, del {{from}} al {{to}}: abrir la reserva',
  },
  'grid.state.arriving': { en: 'Arriving today', es: 'Llega hoy' },
  'grid.state.booked': { en: 'Booked', es: 'Reservada' },
  'grid.state.in-house': { en: 'In house', es: 'Alojado' },
  'grid.state.departing': { en: 'Leaving today', es: 'Sale hoy' },
  'grid.state.attention': { en: 'Needs attention', es: 'Requiere atención' },
  'grid.state.no-show': { en: 'No-show', es: 'No presentado' },
  'grid.state.past': { en: 'Checked out', es: 'Salida hecha' },
  'grid.state.free': { en: 'Free tonight', es: 'Libre esta noche' },
});
