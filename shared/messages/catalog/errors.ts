import { defineMessages } from '../define';

/** A failure the screen could not word more precisely. Keys start with 'errors.'. Spanish (Spain), usted form. */
export const errorsMessages = defineMessages({
  'errors.generic': { en: 'Something went wrong: {{message}}', es: 'Algo ha fallado: {{message}}' },
});
