/**
 * Recomputes one lead's score from the database and stores it with its breakdown. Called by the
 * background whenever a lead, its person or its history changes, and by the daily check, because
 * decay and silence change a score with nothing else changing.
 */
import type { Repository } from '../db/repository';
import { ScoreSchema, type Score, type Settings } from '../model';
import { sameScore, scoreLead } from './score';

/** Activities a score looks at: enough for every capped rule and for the last contact. */
const HISTORY_LIMIT = 500;

export async function rescoreLead(repo: Repository, leadId: string, now: number, settings?: Settings): Promise<Score | undefined> {
  const lead = await repo.getLead(leadId);
  if (!lead) return undefined;
  const person = await repo.getPerson(lead.personId);
  if (!person) return undefined;
  const companyId = lead.companyId ?? person.companyId;
  const company = companyId ? await repo.getCompany(companyId) : undefined;
  const activities = await repo.listActivities({ leadId }, { limit: HISTORY_LIMIT });
  const score = scoreLead(lead, person, activities, settings ?? (await repo.getSettings()), now, company);
  if (sameScore(lead.score, score)) return lead.score;
  await storeScore(repo, leadId, score);
  return score;
}

/**
 * Writes the score alone, read and written in one transaction so an edit that lands meanwhile is not
 * overwritten. Not through updateLead: a score is derived, not an edit, so it must not move
 * updatedAt (decay changes scores daily and would reorder every "recently updated" list).
 */
async function storeScore(repo: Repository, leadId: string, score: Score): Promise<void> {
  const valid = ScoreSchema.parse(score);
  await repo.write(['leads'], async (tx) => {
    const current = await tx.objectStore('leads').get(leadId);
    if (current) await tx.objectStore('leads').put({ ...current, score: valid });
  });
}
