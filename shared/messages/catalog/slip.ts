import { defineMessages } from '../define';

/**
 * Every word on the printed guest slip, and the sentences the core sends about printing it, in
 * every desk language. Keys start with 'slip.'. The slip is worded in the GUEST's language (the
 * property's setting or the one chosen at print time), not the clerk's. Spanish: short words that
 * fit an 80 mm roll, usted form.
 */
export const slipMessages = defineMessages({
  'slip.title': { en: '{{property}} · {{guest}}', es: '{{property}} · {{guest}}' },
  'slip.guest': { en: 'Guest', es: 'Huésped' },
  'slip.room': { en: 'Room', es: 'Habitación' },
  'slip.checkIn': { en: 'Check-in', es: 'Entrada' },
  'slip.checkOut': { en: 'Check-out', es: 'Salida' },
  'slip.code': { en: 'code', es: 'código' },
  'slip.qr': { en: 'QR code', es: 'Código QR' },
  'slip.from': { en: 'From', es: 'Desde' },
  'slip.until': { en: 'Until', es: 'Hasta' },
  'slip.howToLabel': { en: 'How to open:', es: 'Cómo abrir:' },
  /** {{key}} is the keypad's # key, printed in bold by the renderer. */
  'slip.howTo': {
    en: 'touch the keypad to wake it, type your code, then press {{key}}.',
    es: 'toque el teclado para activarlo, marque su código y pulse {{key}}.',
  },
  'slip.sharedDoor': { en: '(shared door)', es: '(puerta común)' },
  'slip.cardOpens': { en: 'Your key card opens this door.', es: 'Su tarjeta abre esta puerta.' },
  'slip.noCode': {
    en: 'No code for this door yet. Please ask at the desk.',
    es: 'Esta puerta aún no tiene código. Pregunte en recepción.',
  },
  // Offline random passcodes must be used once within 24 h of their start or they expire (§10.10).
  'slip.offlineNote': {
    en: 'Use this code for the first time within 24 hours of its start.',
    es: 'Use este código por primera vez en las 24 horas siguientes a su inicio.',
  },
  'slip.footer': {
    en: 'Times are local time ({{zone}}). Printed {{printed}}. Booking {{ref}}.',
    es: 'Horas locales ({{zone}}). Impreso el {{printed}}. Reserva {{ref}}.',
  },
  /** A date on the slip: "Sat 28 Mar 2026, 15:00" / "sáb 28 mar 2026, 15:00" (24-hour, the property's zone). */
  'slip.dateTime': { en: '{{weekday}} {{day}} {{month}} {{year}}, {{time}}', es: '{{weekday}} {{day}} {{month}} {{year}}, {{time}}' },
  /** Sunday first, space-separated; short so a window line fits the 80 mm roll. */
  'slip.weekdays': { en: 'Sun Mon Tue Wed Thu Fri Sat', es: 'dom lun mar mié jue vie sáb' },
  /** January first, space-separated. */
  'slip.months': { en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec', es: 'ene feb mar abr may jun jul ago sep oct nov dic' },

  'slip.cancelled': {
    en: 'This booking is cancelled: there is no access to print.',
    es: 'Esta reserva está cancelada: no hay accesos que imprimir.',
  },
  // Why a slip became a PDF instead of paper (SlipPrintOutcome.reason).
  'slip.noPrinter': { en: 'no printer chosen', es: 'no se ha elegido impresora' },
  'slip.printerFailed': { en: 'printer "{{printer}}": {{failure}}', es: 'impresora «{{printer}}»: {{failure}}' },
  'slip.printerRefused': { en: 'the printer refused the job', es: 'la impresora rechazó el trabajo' },
  // The printer's state read before a silent print (electron/main/printer-state.ts), as {{failure}} above.
  'slip.printerState.missing': { en: 'it is not installed on this PC', es: 'no está instalada en este PC' },
  'slip.printerState.paused': { en: 'it is paused or not taking jobs', es: 'está en pausa o no acepta trabajos' },
  'slip.printerState.offline': { en: 'it is offline', es: 'está desconectada' },
  'slip.printerState.paperOut': { en: 'it is out of paper', es: 'no tiene papel' },
  'slip.printerState.jammed': { en: 'the paper is jammed', es: 'el papel está atascado' },
  'slip.printerState.doorOpen': { en: 'a cover is open', es: 'una tapa está abierta' },
  'slip.printerState.error': { en: 'it reports a problem', es: 'indica un problema' },
  // Windows cannot tell whether a spooled job came out: never "printed", and the PDF is kept at hand.
  'slip.sentUnconfirmed': {
    en: 'Slip sent to the printer "{{printer}}" (this PC cannot tell whether it came out). If nothing comes out, it is also saved as {{file}}.',
    es: 'Ticket enviado a la impresora «{{printer}}» (este PC no puede saber si ha salido). Si no sale nada, también está guardado en {{file}}.',
  },

  // The screen's own words.
  'slip.print': { en: 'Print slip', es: 'Imprimir ticket' },
  'slip.printing': { en: 'Printing…', es: 'Imprimiendo…' },
  'slip.printed': { en: 'Slip printed on {{printer}}.', es: 'Ticket impreso en {{printer}}.' },
  'slip.pdf': {
    en: 'Not printed ({{reason}}): the slip was saved as {{file}}.',
    es: 'No se imprimió ({{reason}}): el ticket se guardó como {{file}}.',
  },
  'slip.language': { en: 'Slip language', es: 'Idioma del ticket' },
  'slip.view': { en: 'Guest slip', es: 'Ticket del huésped' },
  'slip.printPdf': { en: 'Print / Save as PDF', es: 'Imprimir / Guardar PDF' },
  'slip.close': { en: 'Close', es: 'Cerrar' },
});
