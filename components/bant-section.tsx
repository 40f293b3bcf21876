import { t, type MessageKey } from '../lib/i18n';
import type { Bant } from '../lib/model/lead';
import { EditableField } from './editable-field';
import { optionalText } from './field-parsers';
import { defaultCurrency, formatDate } from './format';
import { MoneyField } from './money-field';

type Authority = NonNullable<NonNullable<Bant['authority']>['level']>;
const AUTHORITY: Record<Authority, MessageKey> = {
  'decision-maker': 'cardAuthorityDecisionMaker',
  influencer: 'cardAuthorityInfluencer',
  user: 'cardAuthorityUser',
  unknown: 'cardAuthorityUnknown',
};

interface Props {
  bant: Bant;
  onSave: (bant: Bant) => Promise<unknown>;
}

/** Budget, authority, need and timeline, each with the rep's note. */
export function BantSection({ bant, onSave }: Props) {
  const note = (part: keyof Bant, label: MessageKey) => (
    <EditableField
      label={t(label)}
      testId={`bant-${part}-note`}
      empty={!bant[part]?.note}
      initial={bant[part]?.note ?? ''}
      input="textarea"
      parse={optionalText(5000)}
      onSave={(value) => onSave({ ...bant, [part]: { ...bant[part], note: value || undefined } })}
    >
      <span class="prewrap">{bant[part]?.note}</span>
    </EditableField>
  );
  const level = bant.authority?.level;
  const date = bant.timeline?.date;
  return (
    <div class="fields" data-testid="card-bant">
      <MoneyField
        label={t('cardBudget')}
        testId="bant-budget"
        value={bant.budget?.amount}
        defaultCurrency={defaultCurrency()}
        onSave={(amount) => onSave({ ...bant, budget: { ...bant.budget, amount } })}
      />
      {note('budget', 'cardBudgetNote')}
      <EditableField
        label={t('cardAuthority')}
        testId="bant-authority"
        empty={!level}
        initial={level ?? ''}
        input="select"
        options={[{ value: '', label: t('cardNotSet') }, ...Object.entries(AUTHORITY).map(([value, key]) => ({ value, label: t(key) }))]}
        parse={(draft) => ({ ok: true, value: (draft || undefined) as Authority | undefined })}
        onSave={(value) => onSave({ ...bant, authority: { ...bant.authority, level: value } })}
      >
        {level && t(AUTHORITY[level])}
      </EditableField>
      {note('authority', 'cardAuthorityNote')}
      <EditableField
        label={t('cardNeed')}
        testId="bant-need"
        empty={!bant.need?.statement}
        initial={bant.need?.statement ?? ''}
        input="textarea"
        parse={optionalText(2000)}
        onSave={(value) => onSave({ ...bant, need: { ...bant.need, statement: value || undefined } })}
      >
        <span class="prewrap">{bant.need?.statement}</span>
      </EditableField>
      {note('need', 'cardNeedNote')}
      <EditableField
        label={t('cardTimeline')}
        testId="bant-timeline"
        empty={!date}
        initial={date ?? ''}
        input="date"
        parse={(draft) => (draft === '' || /^\d{4}-\d{2}-\d{2}$/.test(draft) ? { ok: true, value: draft || undefined } : { ok: false, message: t('cardErrorDate') })}
        onSave={(value) => onSave({ ...bant, timeline: { ...bant.timeline, date: value } })}
      >
        {date && formatDate(date)}
      </EditableField>
      {note('timeline', 'cardTimelineNote')}
    </div>
  );
}
