import { words } from '../i18n/words';
import type { Notice } from '../store/notice';

/** One message for the clerk; errors are announced at once, the rest politely. */
export function NoticeLine({ notice }: { notice: Notice }) {
  const text = words(notice.msg);
  return (
    <p className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
