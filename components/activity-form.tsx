import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { NewActivityRequest } from '../lib/messaging/protocol';
import { CALL_OUTCOMES, OFFER_STATUS, outcomeName } from './activity-row';
import { parseAmount, parseCurrency } from './field-parsers';
import { defaultCurrency } from './format';
import { escapeCancels, FormActions } from './form-actions';
import { useSaver } from './use-saver';

export type NewActivityKind = 'note' | 'call' | 'meeting' | 'offer';

interface Props {
  kind: NewActivityKind;
  /** The form's name for screen readers ("Log a call"). */
  label: string;
  onSubmit: (activity: NewActivityRequest) => Promise<unknown>;
  onClose: () => void;
}

type Built = { ok: true; activity: NewActivityRequest } | { ok: false; message: string };

/** Minutes as typed ("45", "1,5"); null when it is not a number of minutes in a day. */
function parseMinutes(draft: string): number | undefined | null {
  if (!draft.trim()) return undefined;
  const value = Number(draft.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= 1440 ? value : null;
}

/** Logs a note, a call (outcome, duration), a meeting (place, duration) or an offer (amount, status). */
export function ActivityForm({ kind, label, onSubmit, onClose }: Props) {
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('connected');
  const [minutes, setMinutes] = useState('');
  const [place, setPlace] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency());
  const [status, setStatus] = useState('sent');
  const saver = useSaver();

  const build = (): Built => {
    const text = summary.trim();
    if (text.length > 2000) return { ok: false, message: t('cardErrorTooLong', 2000) };
    const durationMin = parseMinutes(minutes);
    if (durationMin === null) return { ok: false, message: t('historyErrorMinutes') };
    switch (kind) {
      case 'note':
        return text ? { ok: true, activity: { kind, summary: text } } : { ok: false, message: t('historyErrorNoteEmpty') };
      case 'call':
        return { ok: true, activity: { kind, summary: text, outcome: outcome as 'connected', ...(durationMin === undefined ? {} : { durationMin }) } };
      case 'meeting':
        return { ok: true, activity: { kind, summary: text, ...(place.trim() ? { place: place.trim() } : {}), ...(durationMin === undefined ? {} : { durationMin }) } };
      case 'offer': {
        const parsedAmount = parseAmount(amount);
        if (!parsedAmount.ok) return parsedAmount;
        const parsedCurrency = parseCurrency(currency);
        if (parsedAmount.value !== undefined && !parsedCurrency.ok) return parsedCurrency;
        const money = parsedAmount.value !== undefined && parsedCurrency.ok ? { amount: { amount: parsedAmount.value, currency: parsedCurrency.value } } : {};
        return { ok: true, activity: { kind, summary: text, status: status as 'sent', ...money } };
      }
    }
  };

  return (
    <form
      class="stack add-form"
      data-testid={`add-${kind}-form`}
      aria-label={label}
      onKeyDown={escapeCancels(onClose)}
      onSubmit={(event) => {
        event.preventDefault();
        const built = build();
        if (!built.ok) return saver.setError(built.message);
        void saver.save(() => onSubmit(built.activity)).then((saved) => saved && onClose());
      }}
    >
      {kind === 'call' && (
        <label>
          {t('historyOutcome')}
          <select value={outcome} onChange={(event) => setOutcome(event.currentTarget.value)}>
            {CALL_OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {outcomeName(value)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'meeting' && (
        <label>
          {t('historyPlace')}
          <input value={place} maxLength={500} onInput={(event) => setPlace(event.currentTarget.value)} />
        </label>
      )}
      {(kind === 'call' || kind === 'meeting') && (
        <label>
          {t('historyDuration')}
          <input inputMode="numeric" value={minutes} onInput={(event) => setMinutes(event.currentTarget.value)} />
        </label>
      )}
      {kind === 'offer' && (
        <>
          <span class="inline-inputs">
            <label>
              {t('cardAmount')}
              <input inputMode="decimal" value={amount} onInput={(event) => setAmount(event.currentTarget.value)} />
            </label>
            <label>
              {t('cardCurrency')}
              <input class="currency" maxLength={3} value={currency} onInput={(event) => setCurrency(event.currentTarget.value)} />
            </label>
          </span>
          <label>
            {t('historyOfferStatus')}
            <select value={status} onChange={(event) => setStatus(event.currentTarget.value)}>
              {Object.entries(OFFER_STATUS).map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        {kind === 'note' ? t('historyNoteText') : t('historySummary')}
        <textarea rows={3} value={summary} autoFocus={kind === 'note'} onInput={(event) => setSummary(event.currentTarget.value)} />
      </label>
      <FormActions saving={saver.saving} error={saver.error} onCancel={onClose} />
    </form>
  );
}
