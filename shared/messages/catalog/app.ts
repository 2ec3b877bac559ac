import { defineMessages } from '../define';

/** The desk's top bar and window title. Keys start with 'app.'. Spanish (Spain), usted form. */
export const appMessages = defineMessages({
  'app.title': { en: 'Sifely Front Desk', es: 'Recepción Sifely' },
  'app.demo': { en: 'Demo mode', es: 'Modo demostración' },
  'app.demoHint': {
    en: 'No Sifely account is set up: the desk uses its built-in simulator.',
    es: 'No hay cuenta de Sifely configurada: la recepción usa su simulador integrado.',
  },
  'app.clock': { en: 'Property date and time', es: 'Fecha y hora del alojamiento' },
  'app.language': { en: 'Language', es: 'Idioma' },
  'app.walkIn': { en: 'Walk-in', es: 'Sin reserva' },
  'app.audit': { en: 'Audit log', es: 'Registro' },
  'app.reader': { en: 'Reader', es: 'Lector' },
  'app.tools': { en: 'Desk tools', es: 'Herramientas de recepción' },
});
