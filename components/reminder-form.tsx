import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { dateTimeInputValue } from './format';
import { escapeCancels, FormActions } from './form-actions';
import { useSaver } from './use-saver';
import { morningInDays, tomorrowMorning } from './when';

interface Props {
  now: number;
  onSubmit: (reminder: { dueAt: number; note: string }) => Promise<unknown>;
  onClose: () => void;
}

type Choice = 'tomorrow' | 'three-days' | 'next-week' | 'pick';

/** A follow-up for this lead: tomorrow, in 3 days, next week (each at 9:00) or a picked date and time. */
export function ReminderForm({ now, onSubmit, onClose }: Props) {
  const [choice, setChoice] = useState<Choice>('tomorrow');
  const [picked, setPicked] = useState(dateTimeInputValue(tomorrowMorning(now)));
  const [note, setNote] = useState('');
  const saver = useSaver();
  const dueAt = (): number | null => {
    if (choice === 'tomorrow') return tomorrowMorning(now);
    if (choice === 'three-days') return morningInDays(now, 3);
    if (choice === 'next-week') return morningInDays(now, 7);
    // datetime-local values are local time; Date parses "YYYY-MM-DDTHH:mm" as local.
    const at = new Date(picked).getTime();
    return Number.isFinite(at) ? at : null;
  };
  const options: Array<[Choice, string]> = [
    ['tomorrow', t('historyRemindTomorrow')],
    ['three-days', t('historyRemindThreeDays')],
    ['next-week', t('historyRemindNextWeek')],
    ['pick', t('historyRemindPick')],
  ];
  return (
    <form
      class="stack add-form"
      data-testid="add-reminder-form"
      aria-label={t('historyAddReminder')}
      onKeyDown={escapeCancels(onClose)}
      onSubmit={(event) => {
        event.preventDefault();
        const at = dueAt();
        if (at === null) return saver.setError(t('historyErrorDate'));
        if (at <= Date.now()) return saver.setError(t('historyErrorPast'));
        if (note.length > 2000) return saver.setError(t('cardErrorTooLong', 2000));
        void saver.save(() => onSubmit({ dueAt: at, note: note.trim() })).then((saved) => saved && onClose());
      }}
    >
      <fieldset>
        <legend>{t('historyRemindWhen')}</legend>
        {options.map(([value, label]) => (
          <label key={value} class="radio">
            <input type="radio" name="remind-when" value={value} checked={choice === value} onChange={() => setChoice(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {choice === 'pick' && (
        <label>
          {t('historyRemindAt')}
          <input type="datetime-local" value={picked} onInput={(event) => setPicked(event.currentTarget.value)} required />
        </label>
      )}
      <label>
        {t('historyRemindNote')}
        <input value={note} maxLength={2000} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <FormActions saving={saver.saving} error={saver.error} onCancel={onClose} />
    </form>
  );
}
