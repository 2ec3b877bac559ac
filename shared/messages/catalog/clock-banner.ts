import { defineMessages } from '../define';

/** The banner shown while this PC's clock is off and the desk runs on the lock cloud's time. Keys start with 'clockBanner.'. Spanish (Spain), usted form. */
export const clockBannerMessages = defineMessages({
  'clockBanner.ahead': {
    en: 'This PC’s clock is {{amount}} ahead: fix it in Windows’ date and time settings.',
    es: 'El reloj de este PC va {{amount}} adelantado: corríjalo en la configuración de fecha y hora de Windows.',
  },
  'clockBanner.behind': {
    en: 'This PC’s clock is {{amount}} behind: fix it in Windows’ date and time settings.',
    es: 'El reloj de este PC va {{amount}} atrasado: corríjalo en la configuración de fecha y hora de Windows.',
  },
  'clockBanner.meanwhile': {
    en: 'Until then the desk uses the lock cloud’s time, so cards and codes still get the right times.',
    es: 'Mientras tanto, la recepción usa la hora de la nube de las cerraduras, así que tarjetas y códigos siguen con las horas correctas.',
  },
  'clockBanner.days_one': { en: '{{count}} day', es: '{{count}} día' },
  'clockBanner.days_other': { en: '{{count}} days', es: '{{count}} días' },
  'clockBanner.hours_one': { en: '{{count}} hour', es: '{{count}} hora' },
  'clockBanner.hours_other': { en: '{{count}} hours', es: '{{count}} horas' },
  'clockBanner.minutes_one': { en: '{{count}} minute', es: '{{count}} minuto' },
  'clockBanner.minutes_other': { en: '{{count}} minutes', es: '{{count}} minutos' },
});
