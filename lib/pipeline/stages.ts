/**
 * Stage operations on settings: rename, reorder, add. Pure: each returns new settings or throws a
 * RepositoryError the protocol turns into a clear reply. Removing a stage moves leads, so it lives with
 * the repository in remove-stage.ts.
 */
import { RepositoryError } from '../db/repository';
import { PhaseSchema, type Phase, type Settings, type Stage } from '../model';

// Refusals are RepositoryErrors: their codes (not-found, conflict, invalid-payload) reach the
// caller through the protocol as they are.

export const PHASES: readonly Phase[] = PhaseSchema.options;
/** Colours offered to a new stage in turn, so neighbours differ without the rep choosing. */
const PALETTE = ['#6b7280', '#2563eb', '#7c3aed', '#0891b2', '#d97706', '#059669', '#db2777', '#65a30d'];

function indexOf(settings: Settings, stageId: string): number {
  const index = settings.stages.findIndex((stage) => stage.id === stageId);
  if (index < 0) throw new RepositoryError('not-found', `There is no stage "${stageId}".`);
  return index;
}

/** Gives a stage the rep's name, or back its translated default name when `name` is null or blank. */
export function renameStage(settings: Settings, stageId: string, name: string | null): Settings {
  const index = indexOf(settings, stageId);
  const trimmed = name?.trim();
  const stages = settings.stages.map((stage, at) => {
    if (at !== index) return stage;
    const { name: _old, ...rest } = stage;
    return trimmed ? { ...rest, name: trimmed } : rest;
  });
  return { ...settings, stages };
}

/** Moves a stage to position `to` (0-based, clamped) in the funnel. */
export function moveStage(settings: Settings, stageId: string, to: number): Settings {
  const from = indexOf(settings, stageId);
  const stages = [...settings.stages];
  const [moved] = stages.splice(from, 1);
  if (!moved) return settings;
  stages.splice(Math.max(0, Math.min(stages.length, to)), 0, moved);
  return { ...settings, stages };
}

/** A stage id from a name: ASCII words joined by dashes, or "stage-N" when nothing ASCII is left (Кириллица). */
export function stageIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  const base = slug || 'stage';
  if (slug && !taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface NewStage {
  name: string;
  phase: Phase;
  color?: string;
  outcome?: Stage['outcome'];
  /** Position in the funnel; at the end when absent. */
  index?: number;
}

/** Adds a stage the rep named; returns the settings and the new stage's id. */
export function addStage(settings: Settings, input: NewStage): { settings: Settings; stageId: string } {
  const name = input.name.trim();
  if (!name) throw new RepositoryError('invalid-payload', 'A new stage needs a name.');
  if (settings.stages.length >= 50) throw new RepositoryError('conflict', 'A pipeline has at most 50 stages.');
  const id = stageIdFor(name, new Set(settings.stages.map((stage) => stage.id)));
  const stage: Stage = {
    id,
    name,
    phase: input.phase,
    color: input.color ?? PALETTE[settings.stages.length % PALETTE.length] ?? '#6b7280',
    ...(input.outcome ? { outcome: input.outcome } : {}),
  };
  const stages = [...settings.stages];
  stages.splice(Math.max(0, Math.min(stages.length, input.index ?? stages.length)), 0, stage);
  return { settings: { ...settings, stages }, stageId: id };
}

/** Settings without the stage, and without the stage reminder rules that named it. */
export function withoutStage(settings: Settings, stageId: string, moveTo: string): Settings {
  indexOf(settings, stageId);
  if (stageId === moveTo) throw new RepositoryError('invalid-payload', 'Move the leads to another stage than the one removed.');
  indexOf(settings, moveTo);
  if (settings.stages.length <= 2) throw new RepositoryError('conflict', 'A pipeline needs at least two stages.');
  return {
    ...settings,
    stages: settings.stages.filter((stage) => stage.id !== stageId),
    cadences: { ...settings.cadences, stageReminders: settings.cadences.stageReminders.filter((rule) => rule.stage !== stageId) },
  };
}
