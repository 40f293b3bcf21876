import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { dayKey } from './format';
import { inOneHour, morningOf, nextMondayMorning, tomorrowMorning } from './when';

interface Props {
  now: number;
  disabled?: boolean;
  onSnooze: (until: number) => void;
}

/** Snooze choices: in 1 hour, tomorrow 9:00, next Monday 9:00, or 9:00 on a picked date. */
export function SnoozeMenu({ now, disabled, onSnooze }: Props) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const choose = (until: number) => {
    setOpen(false);
    onSnooze(until);
  };
  return (
    <span
      class="snooze"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // Close the menu only; the popup must not also go back a view.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" aria-expanded={open} disabled={disabled} onClick={() => setOpen(!open)}>
        {t('dueSnooze')}
      </button>
      {open && (
        <div class="menu" role="group" aria-label={t('dueSnoozeUntil')}>
          <button type="button" onClick={() => choose(inOneHour(now))}>{t('dueSnoozeHour')}</button>
          <button type="button" onClick={() => choose(tomorrowMorning(now))}>{t('dueSnoozeTomorrow')}</button>
          <button type="button" onClick={() => choose(nextMondayMorning(now))}>{t('dueSnoozeMonday')}</button>
          <form
            class="menu-date"
            onSubmit={(event) => {
              event.preventDefault();
              if (date) choose(morningOf(date));
            }}
          >
            <label>
              <span class="sr-only">{t('dueSnoozeDate')}</span>
              <input type="date" min={dayKey(tomorrowMorning(now))} value={date} required onInput={(event) => setDate(event.currentTarget.value)} />
            </label>
            <button type="submit" disabled={!date}>{t('dueSnoozeDateApply')}</button>
          </form>
        </div>
      )}
    </span>
  );
}
