/**
 * Time in stage and the path through the funnel, from a lead's stageHistory. Pure.
 */
import type { Lead } from '../model';

export interface StageStay {
  stage: string;
  enteredAt: number;
  /** When the lead left; absent for the stage it is in now. */
  leftAt?: number;
  durationMs: number;
}

/** Every stay, oldest first; the current one lasts until `now`. */
export function stageStays(lead: Pick<Lead, 'stageHistory'>, now: number): StageStay[] {
  const history = [...lead.stageHistory].sort((a, b) => a.enteredAt - b.enteredAt);
  return history.map((entry, index) => {
    const next = history[index + 1];
    const end = next ? next.enteredAt : now;
    const stay: StageStay = { stage: entry.stage, enteredAt: entry.enteredAt, durationMs: Math.max(0, end - entry.enteredAt) };
    return next ? { ...stay, leftAt: next.enteredAt } : stay;
  });
}

/** How long the lead has been in its current stage. */
export function timeInCurrentStage(lead: Pick<Lead, 'stageHistory' | 'stageChangedAt'>, now: number): number {
  const current = stageStays(lead, now).at(-1);
  return current ? current.durationMs : Math.max(0, now - lead.stageChangedAt);
}

/** Total time spent in each stage, over all the lead's stays there (a lead may come back). */
export function timeByStage(lead: Pick<Lead, 'stageHistory'>, now: number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const stay of stageStays(lead, now)) totals.set(stay.stage, (totals.get(stay.stage) ?? 0) + stay.durationMs);
  return totals;
}

/** The stages the lead went through, in order, a repeated stay of the same stage shown once per stay. */
export function funnelPath(lead: Pick<Lead, 'stageHistory'>): string[] {
  const path: string[] = [];
  for (const entry of [...lead.stageHistory].sort((a, b) => a.enteredAt - b.enteredAt)) {
    if (path.at(-1) !== entry.stage) path.push(entry.stage);
  }
  return path;
}
