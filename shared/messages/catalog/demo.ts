import { defineMessages } from '../define';

/** Demo mode: the first-run card and the demo card. Keys start with 'demo.'. Spanish (Spain), usted form. */
export const demoMessages = defineMessages({
  'demo.introTitle': { en: 'This desk is in demo mode', es: 'Esta recepción está en modo demostración' },
  'demo.introWhat': {
    en: 'It runs on a built-in practice property (five rooms and a shared entrance) with today’s sample guests. No real lock is touched, so try anything.',
    es: 'Funciona con un alojamiento de prácticas integrado (cinco habitaciones y una entrada común) con los huéspedes de ejemplo de hoy. No se toca ninguna cerradura real: pruebe lo que quiera.',
  },
  'demo.introStep1': {
    en: 'Choose a guest on the left, for example an arrival.',
    es: 'Elija un huésped a la izquierda, por ejemplo una llegada.',
  },
  'demo.introStep2': {
    en: 'Press “Issue card”, then “Tap a demo card”: it is read exactly like a card on the reader.',
    es: 'Pulse «Emitir tarjeta» y luego «Acercar una tarjeta de demostración»: se lee igual que una tarjeta en el lector.',
  },
  'demo.introStep3': {
    en: 'Tap the same demo card again with no guest waiting to see whose card it is.',
    es: 'Acerque otra vez la misma tarjeta sin ningún huésped esperando para ver de quién es.',
  },
  'demo.introLeave': {
    en: 'To use your own locks, open Setup and sign in with the property’s Sifely account.',
    es: 'Para usar sus propias cerraduras, abra Configuración e inicie sesión con la cuenta de Sifely del alojamiento.',
  },
  'demo.introStart': { en: 'Start trying', es: 'Empezar a probar' },
  'demo.tapGroup': { en: 'Demo card', es: 'Tarjeta de demostración' },
  'demo.tap': { en: 'Tap a demo card', es: 'Acercar una tarjeta de demostración' },
  'demo.tapAgain': { en: 'Tap card {{card}} again', es: 'Acercar otra vez la tarjeta {{card}}' },
});
