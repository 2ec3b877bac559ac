import type { Faults } from './faults';
import type { SimState } from './state';
import type { WebhookTarget } from './webhook';

/** One running simulator's parts, shared by the API routes (server.ts) and the admin surface (admin.ts). */
export interface Sim {
  state: SimState;
  faults: Faults;
  webhook: { target: WebhookTarget | null };
  calls: Map<string, number[]>;
  requests: RequestLogEntry[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  atMs: number;
}
