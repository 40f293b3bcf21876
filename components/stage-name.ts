/** A stage id as the rep sees it, looked up in the stages of settings (lib/pipeline names stages). */
import type { Stage } from '../lib/model/settings';
import { stageLabel } from '../lib/pipeline/labels';

export function stageName(id: string, stages: readonly Stage[] = []): string {
  // A stage missing from settings (removed, or settings still loading) is named by its default.
  return stageLabel(stages.find((each) => each.id === id) ?? { id });
}

export function stageColor(id: string, stages: readonly Stage[] = []): string | undefined {
  return stages.find((each) => each.id === id)?.color;
}
