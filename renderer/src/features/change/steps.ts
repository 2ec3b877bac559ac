import type { TFunction } from 'i18next';
import type { PlannedStep } from '../../../../shared/ipc/contract';

export type { PlannedStep };

/** One door's planned change in the clerk's language, with times in the property's zone. */
export function describeStep(step: PlannedStep, t: TFunction, moment: (ms: number) => string): string {
  const kind = t(step.kind === 'card' ? 'change.card' : 'change.passcode');
  const when = step.endMs === null ? '' : moment(step.endMs);
  switch (step.action) {
    case 'remove':
      return t('change.remove', { kind, reason: t(`change.reason.${step.reason ?? 'not-this-stay'}`) });
    case 'change':
      return t('change.changeUntil', { kind, when });
    case 'reissue':
      return t('change.reissue', { when });
    case 'add':
      return t('change.add', { kind, when });
  }
}
