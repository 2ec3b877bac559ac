import { defineMessages } from '../define';

/** Lock health: batteries, gateways, waiting operations, remote unlock. Keys start with 'health.'. Spanish (Spain), usted form. */
export const healthMessages = defineMessages({
  'health.battery': { en: 'Battery {{level}}%', es: 'Batería {{level}} %' },
  'health.batteryUnknown': { en: 'Battery unknown', es: 'Batería desconocida' },
  'health.lowBattery': { en: 'Battery low ({{level}}%)', es: 'Batería baja ({{level}} %)' },
  'health.online': { en: 'Gateway online', es: 'Pasarela conectada' },
  'health.offline': { en: 'Gateway offline', es: 'Pasarela desconectada' },
  'health.noGateway': { en: 'No gateway', es: 'Sin pasarela' },
  'health.unknown': { en: 'Not checked yet', es: 'Sin comprobar' },
  'health.pending_one': { en: '1 operation waiting', es: '1 operación en espera' },
  'health.pending_other': { en: '{{count}} operations waiting', es: '{{count}} operaciones en espera' },
  'health.checkNow': { en: 'Check locks now', es: 'Comprobar cerraduras' },
  'health.checked': { en: 'Locks checked {{when}}', es: 'Cerraduras comprobadas {{when}}' },
  'health.warnNoGateway': {
    en: 'Room {{room}}: {{door}} has no gateway. Cards cannot be programmed from the desk; call the manager or choose another room.',
    es: 'Habitación {{room}}: {{door}} no tiene pasarela. No se pueden programar tarjetas desde recepción; llame al encargado o elija otra habitación.',
  },
  'health.warnOffline': {
    en: 'Room {{room}}: the gateway of {{door}} is offline. Cards will wait until it is back; passcodes fall back to an offline code.',
    es: 'Habitación {{room}}: la pasarela de {{door}} está desconectada. Las tarjetas esperarán a que vuelva; los códigos pasan a código sin conexión.',
  },
  'health.warnBattery': {
    en: 'Room {{room}}: the battery of {{door}} is low ({{level}}%).',
    es: 'Habitación {{room}}: la batería de {{door}} está baja ({{level}} %).',
  },
  'health.roomOk': {
    en: 'All locks of room {{room}} can be programmed.',
    es: 'Todas las cerraduras de la habitación {{room}} se pueden programar.',
  },
  'health.unlockNow': { en: 'Unlock now', es: 'Abrir ahora' },
  'health.unlockNowDoor': { en: 'Unlock {{door}} now', es: 'Abrir {{door}} ahora' },
  'health.unlockTitle': { en: 'Unlock {{door}}', es: 'Abrir {{door}}' },
  'health.unlockQuestion': {
    en: 'Open {{door}} now? The lock opens for a few seconds and relocks itself.',
    es: '¿Abrir {{door}} ahora? La cerradura se abre unos segundos y vuelve a cerrarse sola.',
  },
  'health.unlockConfirm': { en: 'Yes, open {{door}}', es: 'Sí, abrir {{door}}' },
  'health.unlockKeep': { en: 'Keep it locked', es: 'Dejarla cerrada' },
  'health.unlocking': { en: 'Opening…', es: 'Abriendo…' },
  'health.unlocked': {
    en: '{{door}} opened at {{time}}. It relocks itself in a few seconds.',
    es: '{{door}} abierta a las {{time}}. Vuelve a cerrarse sola en unos segundos.',
  },
  'health.unlockFailed': { en: '{{door}} did not open. {{reason}}', es: '{{door}} no se ha abierto. {{reason}}' },
  'health.unreachable': {
    en: 'The lock cloud is not answering (since {{since}}). Batteries and gateways below are from the last good check, {{when}}. Queued work waits and is retried.',
    es: 'La nube de las cerraduras no responde (desde las {{since}}). Baterías y pasarelas son de la última comprobación buena, {{when}}. El trabajo pendiente espera y se reintenta.',
  },
  'health.unreachableNever': {
    en: 'The lock cloud is not answering (since {{since}}). The desk has not been able to check the locks yet.',
    es: 'La nube de las cerraduras no responde (desde las {{since}}). La recepción aún no ha podido comprobar las cerraduras.',
  },
});
