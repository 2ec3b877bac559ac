import { useCallback, useEffect, useState } from 'react';
import type { SetupLock, SetupState } from '../../../../shared/domain/setup';
import type { StaffMember } from '../../../../shared/domain/staff';
import { desk } from '../../api/bridge';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';

/** The wizard's data, straight from the core each time (the core is the truth). */
export function useSetupData(open: boolean) {
  const [state, setState] = useState<SetupState | null>(null);
  const [locks, setLocks] = useState<SetupLock[]>([]);
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const s = await desk.invoke('setup:state', {});
    if (!s.ok) {
      setState(null); // never show a previous manager's view to someone the core refused
      return setError(words(s.msg));
    }
    setState(s.value);
    setError(null);
    const [l, m] = await Promise.all([desk.invoke('setup:locks', {}), desk.invoke('staff:list', {})]);
    if (l.ok) setLocks(l.value.locks);
    else setError(words(l.msg));
    if (m.ok) setStaff(m.value.members);
    // A save (account, rooms, property) may have turned "not set up yet" into a working desk.
    void useDesk.getState().reloadDesk();
  }, []);

  useEffect(() => {
    if (open) void reload();
  }, [open, reload]);

  return { state, locks, staff, error, setError, reload };
}
