import { t } from '../lib/i18n';
import type { LeadView } from '../lib/messaging/protocol';
import type { Settings } from '../lib/model/settings';
import { BantSection } from './bant-section';
import { CardHeader } from './card-header';
import { CardSection } from './card-section';
import { LeadFields, type LeadPatch } from './lead-fields';
import { NextFollowUp } from './next-follow-up';
import { OtherLeads } from './other-leads';
import { PersonFields, type PersonPatch } from './person-fields';
import { QualifiersSection } from './qualifiers-section';
import { ScoreSection } from './score-section';
import { StagePicker } from './stage-picker';

export interface LeadCardEvents {
  onChangeStage: (stage: string) => Promise<unknown>;
  onSaveLead: (patch: LeadPatch) => Promise<unknown>;
  onSavePerson: (patch: PersonPatch) => Promise<unknown>;
  onOpenLead: (leadId: string) => void;
}

interface Props extends LeadCardEvents {
  view: LeadView;
  settings?: Settings;
}

/** Everything about one lead: who, the stage, contacts, the need, its score and qualification. */
export function LeadCard({ view, settings, onChangeStage, onSaveLead, onSavePerson, onOpenLead }: Props) {
  const { lead, person, company, otherLeads, nextReminder } = view;
  const stages = settings?.stages ?? [];
  return (
    <article class="lead-card" aria-labelledby="card-name" data-testid="lead-card">
      <CardHeader person={person} company={company} onRename={(fullName) => onSavePerson({ fullName })} />
      <section aria-label={t('cardStage')} class="card-block">
        {stages.length > 0 ? <StagePicker current={lead.stage} stages={stages} onChange={onChangeStage} /> : <p class="muted">{t('statusLoading')}</p>}
      </section>
      <section class="card-block" aria-label={t('cardNext')}>
        <h3 class="inline-heading">{t('cardNext')}</h3>
        <NextFollowUp reminder={nextReminder} />
      </section>
      <CardSection title={t('cardContact')} open testId="section-contact">
        <PersonFields person={person} onSave={onSavePerson} />
      </CardSection>
      <CardSection title={t('cardLeadSection')} open testId="section-lead">
        <LeadFields lead={lead} settings={settings} onSave={onSaveLead} />
      </CardSection>
      <CardSection title={t('cardScore')} testId="section-score">
        <ScoreSection score={lead.score} />
      </CardSection>
      <CardSection title={t('cardBant')} testId="section-bant">
        <BantSection bant={lead.bant} onSave={(bant) => onSaveLead({ bant })} />
      </CardSection>
      <CardSection title={t('cardQualifiers')} testId="section-qualifiers">
        <QualifiersSection lead={lead} onSave={onSaveLead} />
      </CardSection>
      <CardSection title={t('cardOtherLeads', otherLeads.length)} testId="section-other-leads">
        <OtherLeads leads={otherLeads} stages={stages} onOpen={onOpenLead} />
      </CardSection>
    </article>
  );
}
