import { t } from '../lib/i18n';
import type { Score } from '../lib/model/lead';
import { formatDateTime, formatNumber } from './format';
import { scoreRuleName } from './score-rule-name';

/** The score and the points each rule gave, so the rep sees why a lead ranks where it does. */
export function ScoreSection({ score }: { score?: Score }) {
  if (!score) return <p class="muted" data-testid="card-score">{t('cardScoreNone')}</p>;
  return (
    <div data-testid="card-score">
      <p>
        <strong class="score-total">{formatNumber(score.total)}</strong> <span class="muted small">{t('cardScoreComputed', formatDateTime(score.computedAt))}</span>
      </p>
      {score.breakdown.length > 0 && (
        <table class="breakdown">
          <caption class="sr-only">{t('cardScoreBreakdown')}</caption>
          <tbody>
            {score.breakdown.map((line, index) => (
              <tr key={`${line.rule}-${index}`}>
                <th scope="row">
                  {scoreRuleName(line.rule)}
                  {/* The scorer's detail is a count or a segment id ("2", "3/4"): data, shown as is. */}
                  {line.detail && <span class="muted"> ({line.detail})</span>}
                </th>
                <td class={line.points < 0 ? 'negative' : undefined}>
                  {line.points > 0 ? '+' : ''}
                  {formatNumber(line.points)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
