import { t } from '../lib/i18n';
import type { Lead } from '../lib/model/lead';
import { CustomFieldForm } from './custom-field-form';
import { EditableField } from './editable-field';
import { optionalText } from './field-parsers';
import { defaultCurrency } from './format';
import { MoneyField } from './money-field';

type LeadPatch = Partial<Pick<Lead, 'product' | 'qualifiers'>>;

/** Product of interest, deal size and the rep's own key/value qualifiers. */
export function QualifiersSection({ lead, onSave }: { lead: Lead; onSave: (patch: LeadPatch) => Promise<unknown> }) {
  const { qualifiers } = lead;
  const custom = qualifiers.custom ?? {};
  const withCustom = (next: Record<string, string>) => onSave({ qualifiers: { ...qualifiers, custom: next } });
  return (
    <div class="fields" data-testid="card-qualifiers">
      <EditableField label={t('cardProduct')} testId="lead-product" empty={!lead.product} initial={lead.product ?? ''} parse={optionalText(300)} onSave={(product) => onSave({ product })}>
        {lead.product}
      </EditableField>
      <MoneyField
        label={t('cardDealSize')}
        testId="lead-deal-size"
        value={qualifiers.dealSize}
        defaultCurrency={defaultCurrency()}
        onSave={(dealSize) => onSave({ qualifiers: { ...qualifiers, dealSize } })}
      />
      {Object.entries(custom).map(([key, value]) => (
        <EditableField
          key={key}
          label={key}
          testId={`custom-${key}`}
          empty={!value}
          initial={value}
          parse={optionalText(1000)}
          onSave={(next) => {
            // Clearing a custom field's value removes the field.
            const { [key]: _removed, ...rest } = custom;
            return withCustom(next ? { ...custom, [key]: next } : rest);
          }}
        >
          {value}
        </EditableField>
      ))}
      <CustomFieldForm taken={Object.keys(custom)} onAdd={(key, value) => withCustom({ ...custom, [key]: value })} />
    </div>
  );
}
