import { useDesk } from '../../store';
import { selectIsManager } from '../../store/staffSlice';

/** Whether manager actions show here: from the one staff status the store keeps (staffSlice.ts). */
export function useIsManager(): boolean {
  return useDesk(selectIsManager);
}
