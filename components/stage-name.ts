/**
 * A stage's name as the rep sees it: the name they typed in settings, else the translated default.
 * (lib/pipeline is adding stageLabel() for every screen; the popup moves to it once it is committed.)
 */
import { t, type MessageKey } from '../lib/i18n';
import type { Stage } from '../lib/model/settings';

const DEFAULT_NAMES: Record<string, MessageKey> = {
  open: 'popupStageOpen',
  contacted: 'popupStageContacted',
  nurturing: 'popupStageNurturing',
  qualified: 'popupStageQualified',
  negotiation: 'popupStageNegotiation',
  customer: 'popupStageCustomer',
  inactive: 'popupStageInactive',
  unqualified: 'popupStageUnqualified',
};

export function stageName(id: string, stages: readonly Stage[] = []): string {
  const named = stages.find((each) => each.id === id)?.name;
  if (named) return named;
  const key = DEFAULT_NAMES[id];
  // A stage removed from settings still names itself by its id rather than vanishing.
  return key ? t(key) : id;
}

export function stageColor(id: string, stages: readonly Stage[] = []): string | undefined {
  return stages.find((each) => each.id === id)?.color;
}
