import { useTranslation } from 'react-i18next';
import type { DoorLogHow } from '../../../../shared/domain/door-log';

/** How a door was opened (card, code, app…) with the card number or code when the lock gives one. */
export function HowCell({ how, secret }: { how: DoorLogHow; secret: string | null }) {
  const { t } = useTranslation();
  return (
    <td>
      {t(`doors.howKind.${how}`)}
      {secret ? ` ${secret}` : ''}
    </td>
  );
}

/** Whether the lock opened or refused. */
export function ResultCell({ success }: { success: boolean }) {
  const { t } = useTranslation();
  return <td className={success ? 'log-ok' : 'log-refused'}>{t(success ? 'doors.opened' : 'doors.refused')}</td>;
}
