import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Money } from '../lib/model/common';
import { parseAmount, parseCurrency, type Parsed } from './field-parsers';
import { FieldShell } from './field-shell';
import { formatMoney } from './format';
import { InlineEditForm } from './inline-edit-form';
import { useSaver } from './use-saver';

interface Props {
  label: string;
  value?: Money;
  /** The currency offered when the field is empty. */
  defaultCurrency: string;
  /** `undefined` clears the amount. */
  onSave: (value: Money | undefined) => Promise<unknown>;
  testId?: string;
}

/** An amount of money with its currency, edited in place. */
export function MoneyField({ label, value, defaultCurrency, onSave, testId }: Props) {
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('');
  const saver = useSaver();
  if (!editing) {
    return (
      <FieldShell
        label={label}
        testId={testId}
        empty={!value}
        onEdit={() => {
          setAmount(value ? String(value.amount) : '');
          setCurrency(value?.currency ?? defaultCurrency);
          saver.setError('');
          setEditing(true);
        }}
      >
        {value && formatMoney(value)}
      </FieldShell>
    );
  }
  const cancel = () => setEditing(false);
  const id = `money-${testId ?? label}`.replace(/\W+/g, '-');
  const build = (): Parsed<Money | undefined> => {
    const parsedAmount = parseAmount(amount);
    if (!parsedAmount.ok) return parsedAmount;
    // An empty amount clears the field; the currency matters only with an amount.
    if (parsedAmount.value === undefined) return { ok: true, value: undefined };
    const parsedCurrency = parseCurrency(currency);
    if (!parsedCurrency.ok) return parsedCurrency;
    return { ok: true, value: { amount: parsedAmount.value, currency: parsedCurrency.value } };
  };
  return (
    <InlineEditForm testId={testId} errorId={`${id}-error`} saver={saver} build={build} onSave={onSave} onClose={cancel}>
      <span class="field-label">{label}</span>
      <span class="inline-inputs">
        <label>
          <span class="sr-only">{t('cardAmount')}</span>
          <input id={`${id}-amount`} inputMode="decimal" value={amount} autoFocus onInput={(event) => setAmount(event.currentTarget.value)} placeholder={t('cardAmount')} />
        </label>
        <label>
          <span class="sr-only">{t('cardCurrency')}</span>
          <input id={`${id}-currency`} class="currency" maxLength={3} value={currency} onInput={(event) => setCurrency(event.currentTarget.value)} placeholder="USD" />
        </label>
      </span>
    </InlineEditForm>
  );
}
