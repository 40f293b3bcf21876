import { addStage, moveStage, renameStage } from '../../pipeline/stages';
import { runDailyChecks } from '../../pipeline/daily';
import { removeStage } from '../../pipeline/remove-stage';
import { syncReminders } from '../../reminders/sync';
import type { Handlers } from '../../messaging/server';
import type { Services } from '../services';

type PipelineMessages = 'pipeline.renameStage' | 'pipeline.moveStage' | 'pipeline.addStage' | 'pipeline.removeStage' | 'pipeline.recheck';

export function pipelineHandlers(services: Services): Pick<Handlers, PipelineMessages> {
  return {
    async 'pipeline.renameStage'({ stage, name }) {
      const repo = await services.repo();
      return repo.saveSettings(renameStage(await repo.getSettings(), stage, name));
    },

    async 'pipeline.moveStage'({ stage, index }) {
      const repo = await services.repo();
      return repo.saveSettings(moveStage(await repo.getSettings(), stage, index));
    },

    async 'pipeline.addStage'({ name, phase, color, outcome, index }) {
      const repo = await services.repo();
      const added = addStage(await repo.getSettings(), {
        name,
        phase,
        ...(color ? { color } : {}),
        ...(outcome ? { outcome } : {}),
        ...(index === undefined ? {} : { index }),
      });
      return { settings: await repo.saveSettings(added.settings), stageId: added.stageId };
    },

    async 'pipeline.removeStage'({ stage, moveTo }) {
      const repo = await services.repo();
      const removed = await removeStage(repo, stage, moveTo, services.now());
      // The moved leads are in a new stage: cadences (customer care, stage reminders) may apply.
      for (const leadId of removed.moved) await services.effects.leadChanged(leadId);
      return { settings: removed.settings, moved: removed.moved.length };
    },

    async 'pipeline.recheck'() {
      const repo = await services.repo();
      const result = await runDailyChecks(repo, services.now());
      // A full sync: a stage reminder made now may be due long ago (the rule was just switched on).
      await syncReminders(repo, services.now(), 'full');
      return result;
    },
  };
}
