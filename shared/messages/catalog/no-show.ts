import { defineMessages } from '../define';

/** A no-show on an arrival: the confirmation that revokes its access and cancels the stay. Keys start with 'noShow.'. Spanish (Spain), usted form. */
export const noShowMessages = defineMessages({
  'noShow.button': { en: 'No-show', es: 'No presentado' },
  'noShow.ask': {
    en: '{{guest}} never came? Every card and code is removed and the stay is cancelled.',
    es: '¿{{guest}} no ha llegado? Se quitan todas las tarjetas y códigos y se cancela la estancia.',
  },
  'noShow.keep': { en: 'Keep the stay', es: 'Mantener la estancia' },
  'noShow.confirm': { en: 'Mark no-show', es: 'Marcar no presentado' },
  'noShow.marked': { en: 'No-show', es: 'No presentado' },
});
