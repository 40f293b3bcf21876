import { t, type MessageKey } from '../lib/i18n';
import type { Lead } from '../lib/model/lead';
import type { Settings } from '../lib/model/settings';
import { EditableField, type Option } from './editable-field';
import { optionalText, parseTags, requiredText } from './field-parsers';
import { SourceSection } from './source-section';
import { Tags } from './tags';

export type LeadPatch = Partial<Pick<Lead, 'title' | 'product' | 'segment' | 'tags' | 'owner' | 'regularity' | 'bant' | 'qualifiers'>>;

type Regularity = NonNullable<Lead['regularity']>;
const REGULARITY: Record<Regularity, MessageKey> = {
  'one-off': 'cardRegularityOneOff',
  weekly: 'cardRegularityWeekly',
  monthly: 'cardRegularityMonthly',
  quarterly: 'cardRegularityQuarterly',
  yearly: 'cardRegularityYearly',
  irregular: 'cardRegularityIrregular',
};

interface Props {
  lead: Lead;
  settings?: Settings;
  onSave: (patch: LeadPatch) => Promise<unknown>;
}

/** Choices from settings when the rep defined some; a free text field when they did not. */
function choices(list: ReadonlyArray<{ id: string; name: string }> | undefined, current: string | undefined): Option[] | undefined {
  if (!list?.length) return undefined;
  const options = [{ value: '', label: t('cardNotSet') }, ...list.map((each) => ({ value: each.id, label: each.name }))];
  // A value no longer in settings stays selectable instead of being silently dropped.
  if (current && !list.some((each) => each.id === current)) options.push({ value: current, label: current });
  return options;
}

function nameOf(list: ReadonlyArray<{ id: string; name: string }> | undefined, id?: string): string | undefined {
  return list?.find((each) => each.id === id)?.name ?? id;
}

/** The need itself: title, segment, tags, owner, regularity and where it came from. */
export function LeadFields({ lead, settings, onSave }: Props) {
  const segments = choices(settings?.segments, lead.segment);
  const owners = choices(settings?.teammates, lead.owner);
  return (
    <div class="fields" data-testid="card-lead">
      <EditableField label={t('cardLeadTitle')} testId="lead-title" empty={false} initial={lead.title} parse={requiredText(300)} onSave={(title) => onSave({ title })}>
        {lead.title}
      </EditableField>
      <EditableField
        label={t('cardSegment')}
        testId="lead-segment"
        empty={!lead.segment}
        initial={lead.segment ?? ''}
        input={segments ? 'select' : 'text'}
        options={segments}
        parse={optionalText(100)}
        onSave={(segment) => onSave({ segment })}
      >
        {nameOf(settings?.segments, lead.segment)}
      </EditableField>
      <EditableField label={t('cardLeadTags')} testId="lead-tags" empty={!lead.tags.length} initial={lead.tags.join(', ')} hint={t('cardListHint')} parse={parseTags} onSave={(tags) => onSave({ tags })}>
        <Tags tags={lead.tags} />
      </EditableField>
      <EditableField
        label={t('cardOwner')}
        testId="lead-owner"
        empty={!lead.owner}
        initial={lead.owner ?? ''}
        input={owners ? 'select' : 'text'}
        options={owners}
        parse={optionalText(100)}
        onSave={(owner) => onSave({ owner })}
      >
        {nameOf(settings?.teammates, lead.owner)}
      </EditableField>
      <EditableField
        label={t('cardRegularity')}
        testId="lead-regularity"
        empty={!lead.regularity}
        initial={lead.regularity ?? ''}
        input="select"
        options={[...(lead.regularity ? [] : [{ value: '', label: t('cardNotSet') }]), ...Object.entries(REGULARITY).map(([value, key]) => ({ value, label: t(key) }))]}
        // The background stores a regularity once set; it can be changed, not removed.
        parse={(draft) => (draft ? { ok: true, value: draft as Regularity } : { ok: false, message: t('cardErrorChoose') })}
        onSave={(regularity) => onSave({ regularity })}
      >
        {lead.regularity && t(REGULARITY[lead.regularity])}
      </EditableField>
      <div class="field">
        <span class="field-label">{t('cardSource')}</span>
        <span class="field-value">
          <SourceSection source={lead.source} />
        </span>
      </div>
    </div>
  );
}
