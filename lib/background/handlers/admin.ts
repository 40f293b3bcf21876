import browser from 'webextension-polyfill';
import { BackupError, exportBackup, parseBackup, restoreBackup } from '../../db/backup';
import { HandlerError, type Handlers } from '../../messaging/server';
import { runDailyChecks } from '../../pipeline/daily';
import { syncReminders } from '../../reminders/sync';
import { endOfToday } from '../../reminders/day';
import type { Services } from '../services';

export function adminHandlers(services: Services): Pick<Handlers, 'app.status' | 'settings.get' | 'settings.save' | 'backup.export' | 'backup.restore'> {
  return {
    async 'app.status'() {
      const repo = await services.repo();
      return {
        version: browser.runtime.getManifest().version,
        leads: await repo.countLeads(),
        dueReminders: await repo.countDueReminders(endOfToday(services.now())),
      };
    },

    async 'settings.get'() {
      return (await services.repo()).getSettings();
    },

    async 'settings.save'({ settings }) {
      const repo = await services.repo();
      const stageIds = new Set(settings.stages.map((stage) => stage.id));
      if (stageIds.size !== settings.stages.length) throw new HandlerError('invalid-payload', 'Two stages have the same id.');
      for (const stage of (await repo.getSettings()).stages) {
        if (stageIds.has(stage.id)) continue;
        const stranded = await repo.db.countFromIndex('leads', 'byStage', stage.id);
        if (stranded > 0) {
          throw new HandlerError('conflict', `Stage "${stage.name ?? stage.id}" still has ${stranded} lead(s); move them to another stage first.`);
        }
      }
      const before = await repo.getSettings();
      const saved = await repo.saveSettings(settings);
      // New scoring rules or cadences apply to every lead now, not at tomorrow's daily check. The
      // rescore runs after the reply: with many leads it takes a while, and the alarm redoes it anyway.
      const rulesChanged = ['scoring', 'cadences', 'targetSegments', 'stages'].some(
        (key) => JSON.stringify(before[key as keyof typeof before]) !== JSON.stringify(saved[key as keyof typeof saved]),
      );
      if (rulesChanged) {
        void runDailyChecks(repo, services.now())
          .then(() => syncReminders(repo, services.now(), 'full'))
          .catch((error: unknown) => console.error('LeadTrail: applying new settings failed', error));
      }
      return saved;
    },

    async 'backup.export'() {
      return exportBackup((await services.repo()).db, services.now());
    },

    async 'backup.restore'({ text }) {
      let backup;
      try {
        backup = parseBackup(text);
      } catch (error) {
        if (error instanceof BackupError) throw new HandlerError('invalid-payload', [error.message, ...error.issues].join('\n'));
        throw error;
      }
      const counts = await restoreBackup((await services.repo()).db, backup);
      await services.effects.remindersChanged();
      return counts;
    },
  };
}
