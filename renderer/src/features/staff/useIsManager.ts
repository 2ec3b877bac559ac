import { useEffect, useState } from 'react';
import { desk } from '../../api/bridge';

/**
 * Whether the person at the desk may use manager actions, for showing them (the core checks every
 * call anyway, staff/policy.ts). Before any staff member exists the desk runs open with manager
 * rights (first-run setup), as the core's session does. Re-asked when someone signs in or out.
 */
export function useIsManager(): boolean {
  const [manager, setManager] = useState(false);
  useEffect(() => {
    let live = true;
    const load = (): void =>
      void desk.invoke('staff:status', {}).then((r) => {
        if (live && r.ok)
          setManager((!r.value.configured && !r.value.firstManager) || (!r.value.locked && r.value.current?.role === 'manager'));
      });
    load();
    window.addEventListener('staff:changed', load);
    return () => {
      live = false;
      window.removeEventListener('staff:changed', load);
    };
  }, []);
  return manager;
}
