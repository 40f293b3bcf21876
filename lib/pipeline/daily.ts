/**
 * The daily check: cadence reminders for every lead they concern, and fresh scores for open leads,
 * because decay and silence change a score with nothing else changing. Run by the daily alarm, at
 * browser start, and on request after the rep changes scoring rules or cadences.
 */
import type { Repository } from '../db/repository';
import { rescoreLead } from '../scoring/rescore';
import { runCadenceChecks } from './cadences';

export interface DailyResult {
  /** Open leads whose score was recomputed. */
  rescored: number;
  created: number;
  closed: number;
}

export async function runDailyChecks(repo: Repository, now: number): Promise<DailyResult> {
  const cadences = await runCadenceChecks(repo, now);
  const settings = await repo.getSettings();
  // Won and lost leads keep the score they closed with: it is history, not a forecast. By stage,
  // not closedAt alone: a lead created straight into a won stage has no closedAt.
  const closedStages = new Set(settings.stages.filter((stage) => stage.outcome).map((stage) => stage.id));
  let rescored = 0;
  for (const leadId of await repo.db.getAllKeys('leads')) {
    const lead = await repo.getLead(leadId);
    if (!lead || lead.closedAt !== undefined || closedStages.has(lead.stage)) continue;
    await rescoreLead(repo, leadId, now, settings);
    rescored++;
  }
  return { rescored, created: cadences.created.length, closed: cadences.closed.length };
}
