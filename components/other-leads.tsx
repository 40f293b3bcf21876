import { t } from '../lib/i18n';
import type { Lead } from '../lib/model/lead';
import type { Stage } from '../lib/model/settings';
import { StageBadge } from './stage-badge';

/** The person's other needs, each opening its own card. */
export function OtherLeads({ leads, stages, onOpen }: { leads: readonly Lead[]; stages: readonly Stage[]; onOpen: (leadId: string) => void }) {
  if (!leads.length) return <p class="muted">{t('cardOtherLeadsNone')}</p>;
  return (
    <ul class="plain" data-testid="card-other-leads">
      {leads.map((lead) => (
        <li key={lead.id}>
          <button type="button" class="link" onClick={() => onOpen(lead.id)}>
            {lead.title}
          </button>{' '}
          <StageBadge stage={lead.stage} stages={stages} />
        </li>
      ))}
    </ul>
  );
}
