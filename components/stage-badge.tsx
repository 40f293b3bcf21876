import type { Stage } from '../lib/model/settings';
import { stageColor, stageName } from './stage-name';

export function StageBadge({ stage, stages }: { stage: string; stages: readonly Stage[] }) {
  const color = stageColor(stage, stages);
  return (
    <span class="stage-badge" data-stage={stage}>
      <span class="stage-dot" style={color ? { background: color } : undefined} aria-hidden="true" />
      {stageName(stage, stages)}
    </span>
  );
}
