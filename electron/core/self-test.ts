import { english } from '../../shared/messages';
import { createDesk, type DeskConfig } from './desk';

export interface SelfTestReport {
  ok: boolean;
  /** What was checked, in order, for the installer log or CI output. */
  steps: string[];
  error?: string;
}

/**
 * `--self-test` for the packaged build: open the database (which migrates it), start the core,
 * answer one real request through the same dispatcher the renderer uses, and shut down. Proves the
 * native module (better-sqlite3) loads in the packaged app and the migrations apply.
 */
export async function runSelfTest(config: DeskConfig): Promise<SelfTestReport> {
  const steps: string[] = [];
  let desk: Awaited<ReturnType<typeof createDesk>> | null = null;
  try {
    desk = await createDesk(config);
    steps.push(`database opened and migrated: ${config.dbFile}`);
    steps.push(desk.demo ? 'core started in demo mode' : 'core started with the Sifely account');
    const status = await desk.dispatch('desk:status', {});
    if (!status.ok) throw new Error(`desk:status answered ${status.code}: ${english(status.msg)}`);
    steps.push('desk:status answered');
    await desk.close();
    desk = null;
    steps.push('core closed');
    return { ok: true, steps };
  } catch (e) {
    await desk?.close().catch(() => undefined);
    return { ok: false, steps, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
