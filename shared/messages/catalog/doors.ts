import { defineMessages } from '../define';

/** The doors view: every lock with its battery, its gateway and who opened it. Keys start with 'doors.'. Spanish (Spain), usted form. */
export const doorsMessages = defineMessages({
  'doors.title': { en: 'Every door', es: 'Todas las puertas' },
  'doors.checked': { en: 'Batteries and gateways as of {{when}}', es: 'Baterías y pasarelas a {{when}}' },
  'doors.openLog': { en: 'Open log', es: 'Ver aperturas' },
  'doors.openLogOf': { en: 'Open log of {{door}}', es: 'Ver aperturas de {{door}}' },
  'doors.pickDoor': {
    en: 'Choose “Open log” beside a door to see who opened it, newest first.',
    es: 'Pulse «Ver aperturas» junto a una puerta para saber quién la abrió, de lo más reciente a lo más antiguo.',
  },
  'doors.logEmpty': { en: 'Open log', es: 'Aperturas' },
  'doors.logTitle': { en: 'Who opened {{door}}', es: 'Quién abrió {{door}}' },
  'doors.asked': {
    en: 'Read from the lock cloud at {{when}}. Locks upload their records through the gateway, so the newest may be a few minutes late.',
    es: 'Leído de la nube de las cerraduras a las {{when}}. Las cerraduras suben sus registros por la pasarela: lo último puede llegar con unos minutos de retraso.',
  },
  'doors.noEntries': { en: 'The lock cloud has no records for this door yet.', es: 'La nube aún no tiene registros de esta puerta.' },
  'doors.when': { en: 'When', es: 'Cuándo' },
  'doors.how': { en: 'How', es: 'Cómo' },
  'doors.who': { en: 'Guest', es: 'Huésped' },
  'doors.result': { en: 'Result', es: 'Resultado' },
  'doors.notAGuest': { en: 'not a desk guest', es: 'no es un huésped de recepción' },
  'doors.opened': { en: 'Opened', es: 'Abierta' },
  'doors.refused': { en: 'Refused', es: 'Rechazada' },
  'doors.newer': { en: 'Newer', es: 'Más recientes' },
  'doors.older': { en: 'Older', es: 'Más antiguas' },
  'doors.page': { en: 'Page {{page}} of {{pages}}', es: 'Página {{page}} de {{pages}}' },
  'doors.howKind.card': { en: 'Card', es: 'Tarjeta' },
  'doors.howKind.passcode': { en: 'Code', es: 'Código' },
  'doors.howKind.app': { en: 'Phone app', es: 'Aplicación del móvil' },
  'doors.howKind.remote': { en: 'Opened remotely', es: 'Abierta a distancia' },
  'doors.howKind.key': { en: 'Mechanical key', es: 'Llave mecánica' },
  'doors.howKind.inside': { en: 'From inside', es: 'Desde dentro' },
  'doors.howKind.other': { en: 'Other', es: 'Otro' },
});
