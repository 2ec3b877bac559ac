import type { TFunction } from 'i18next';
import type { PlannedStep } from '../../../../shared/ipc/contract';

export type { PlannedStep };

/** One card or code's planned change, with every door it applies to (the core plans one step per door). */
export interface StepGroup {
  step: PlannedStep;
  doors: string[];
}

/** Steps that do the same thing to the same card or code are one line naming its doors, in the planner's order. */
export function groupSteps(steps: readonly PlannedStep[]): StepGroup[] {
  const groups = new Map<string, StepGroup>();
  for (const s of steps) {
    const key = JSON.stringify([s.action, s.kind, s.secret, s.endMs, s.reason]);
    const g = groups.get(key);
    if (g) g.doors.push(s.door);
    else groups.set(key, { step: s, doors: [s.door] });
  }
  return [...groups.values()];
}

/** Which card or code a step is about, as the booking panel names it. */
export function stepSubject(step: PlannedStep, t: TFunction): string {
  if (step.kind === 'card') return t('cred.card', { secret: step.secret });
  return step.secret ? t('cred.code', { secret: step.secret }) : t('cred.codeComing');
}

/** One planned change in the clerk's language, with times in the property's zone. */
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
