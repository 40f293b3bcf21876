/**
 * Removing a stage: its leads move to the stage the rep picked, each move logged as a stage-change,
 * and the settings lose the stage, all in one transaction, so a worker killed half-way leaves the
 * old pipeline whole rather than leads in a stage that no longer exists.
 */
import type { Repository } from '../db/repository';
import { SettingsSchema, type ActivityOrigin, type Settings } from '../model';
import { withoutStage } from './stages';

export interface RemovedStage {
  settings: Settings;
  /** Ids of the leads that moved. */
  moved: string[];
}

export async function removeStage(repo: Repository, stageId: string, moveTo: string, at: number, origin: ActivityOrigin = 'manual'): Promise<RemovedStage> {
  const before = await repo.getSettings();
  const settings = SettingsSchema.parse(withoutStage(before, stageId, moveTo));
  return repo.write(['leads', 'activities', 'settings'], async (tx) => {
    const leads = tx.objectStore('leads');
    const moved: string[] = [];
    // Collect first: moving a lead changes the very index the cursor walks.
    const ids = await leads.index('byStage').getAllKeys(stageId);
    for (const id of ids) {
      const lead = await leads.get(id);
      if (!lead) continue;
      await leads.put(await repo.applyStage(tx, lead, moveTo, settings, origin, at));
      moved.push(id);
    }
    await tx.objectStore('settings').put(settings, 'settings');
    return { settings, moved };
  });
}
