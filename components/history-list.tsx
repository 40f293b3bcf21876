import { t } from '../lib/i18n';
import type { Activity, ActivityKind } from '../lib/model/activity';
import type { Stage } from '../lib/model/settings';
import { ActivityRow } from './activity-row';
import { dayKey, formatDay } from './format';
import { onArrowKeys } from './use-arrow-keys';

/** Activities newest first, in groups of one local day each. */
export function groupByDay(activities: readonly Activity[]): Array<{ day: string; at: number; items: Activity[] }> {
  const groups: Array<{ day: string; at: number; items: Activity[] }> = [];
  for (const activity of [...activities].sort((a, b) => b.at - a.at)) {
    const day = dayKey(activity.at);
    const last = groups[groups.length - 1];
    if (last?.day === day) last.items.push(activity);
    else groups.push({ day, at: activity.at, items: [activity] });
  }
  return groups;
}

interface Props {
  activities: readonly Activity[];
  filter: ActivityKind | '';
  stages: readonly Stage[];
}

export function HistoryList({ activities, filter, stages }: Props) {
  const shown = filter ? activities.filter((activity) => activity.kind === filter) : activities;
  if (!shown.length) return <p class="empty" data-testid="history-empty">{filter ? t('historyEmptyFiltered') : t('historyEmpty')}</p>;
  return (
    <div class="history" data-testid="history-list" onKeyDown={onArrowKeys}>
      {groupByDay(shown).map((group) => (
        <section key={group.day} aria-label={formatDay(group.at)}>
          <h4 class="day">{formatDay(group.at)}</h4>
          <ul class="rows">
            {group.items.map((activity) => (
              <ActivityRow key={activity.id} activity={activity} stages={stages} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
