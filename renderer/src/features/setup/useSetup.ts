import { useEffect } from 'react';
import { useDesk } from '../../store';

/** The wizard's data, from the store's setup slice: read from the core each time the wizard opens, and after each save. */
export function useSetupData(open: boolean) {
  const state = useDesk((s) => s.setup);
  const locks = useDesk((s) => s.setupLocks);
  const staff = useDesk((s) => s.staffMembers);
  const error = useDesk((s) => s.setupError);
  const reload = useDesk((s) => s.loadSetup);

  useEffect(() => {
    if (open) void reload();
  }, [open, reload]);

  return { state, locks, staff, error, reload };
}
