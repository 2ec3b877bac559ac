import { defineMessages } from '../define';

/** Sentences of the IPC boundary itself (dispatch, transports). Keys start with 'ipc.'. */
export const ipcMessages = defineMessages({
  'ipc.unknownRequest': { en: 'Unknown request.', es: 'Petición desconocida.' },
  'ipc.invalidRequest': { en: 'Invalid request: {{details}}', es: 'Petición no válida: {{details}}' },
  'ipc.internal': {
    en: 'Something went wrong at the desk. The details were logged; please try again.',
    es: 'Algo ha fallado en el mostrador. Los detalles se han registrado; inténtelo de nuevo.',
  },
  'ipc.serviceAnswered': { en: 'The desk service answered {{status}}.', es: 'El servicio del mostrador respondió {{status}}.' },
  'ipc.serviceUnreachable': {
    en: 'The desk service cannot be reached. Is it still running?',
    es: 'No se puede contactar con el servicio del mostrador. ¿Sigue en marcha?',
  },
});
