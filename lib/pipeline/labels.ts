/**
 * What a stage is called on screen: the name the rep gave it, else its default name in the UI
 * language. Stage ids never change, so renaming a stage keeps every lead and activity pointing at it.
 */
import { t, type MessageKey } from '../i18n';
import type { Phase, Stage } from '../model';

const DEFAULT_NAMES: Record<string, MessageKey> = {
  open: 'stageOpen',
  contacted: 'stageContacted',
  nurturing: 'stageNurturing',
  qualified: 'stageQualified',
  negotiation: 'stageNegotiation',
  customer: 'stageCustomer',
  inactive: 'stageInactive',
  unqualified: 'stageUnqualified',
};

export function stageLabel(stage: Pick<Stage, 'id' | 'name'>): string {
  if (stage.name) return stage.name;
  const key = DEFAULT_NAMES[stage.id];
  // A stage added by the rep always has a name; an id is the last resort for a damaged setting.
  return key ? t(key) : stage.id;
}

const PHASE_NAMES: Record<Phase, MessageKey> = {
  attract: 'stagePhaseAttract',
  nurture: 'stagePhaseNurture',
  'first-sale': 'stagePhaseFirstSale',
  'after-sales': 'stagePhaseAfterSales',
};

/** The phase of lead management a stage belongs to, in the UI language. */
export function phaseLabel(phase: Phase): string {
  return t(PHASE_NAMES[phase]);
}
