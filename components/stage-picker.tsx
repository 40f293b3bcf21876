import { t } from '../lib/i18n';
import type { Stage } from '../lib/model/settings';
import { stageName } from './stage-name';
import { useSaver } from './use-saver';
import { ErrorLine } from './error-line';

interface Props {
  current: string;
  stages: readonly Stage[];
  onChange: (stage: string) => Promise<unknown>;
}

/** Every stage as a button: one click moves the lead (the background logs the change). */
export function StagePicker({ current, stages, onChange }: Props) {
  const saver = useSaver();
  return (
    <div class="stage-picker">
      <div role="group" aria-label={t('cardStage')} class="pills" data-testid="stage-picker">
        {stages.map((stage) => {
          const selected = stage.id === current;
          return (
            <button
              key={stage.id}
              type="button"
              class={selected ? 'pill selected' : 'pill'}
              aria-pressed={selected}
              disabled={saver.saving}
              style={{ '--stage-color': stage.color }}
              onClick={() => !selected && void saver.save(() => onChange(stage.id))}
            >
              {stageName(stage.id, stages)}
            </button>
          );
        })}
      </div>
      <ErrorLine message={saver.error} />
    </div>
  );
}
