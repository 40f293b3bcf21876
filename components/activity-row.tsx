import { t, type MessageKey } from '../lib/i18n';
import type { Activity } from '../lib/model/activity';
import type { MailAddress } from '../lib/model/mail';
import type { Stage } from '../lib/model/settings';
import { kindName } from './activity-kinds';
import { formatMoney, formatNumber, formatTime } from './format';
import { stageName } from './stage-name';

const OUTCOME: Record<string, MessageKey> = {
  connected: 'historyOutcomeConnected',
  'no-answer': 'historyOutcomeNoAnswer',
  voicemail: 'historyOutcomeVoicemail',
  busy: 'historyOutcomeBusy',
  'wrong-number': 'historyOutcomeWrongNumber',
};

export const OFFER_STATUS: Record<string, MessageKey> = {
  draft: 'historyOfferDraft',
  sent: 'historyOfferSent',
  accepted: 'historyOfferAccepted',
  rejected: 'historyOfferRejected',
};

export const CALL_OUTCOMES = Object.keys(OUTCOME);
export function outcomeName(outcome: string): string {
  const key = OUTCOME[outcome];
  return key ? t(key) : outcome;
}

function addresses(list: readonly MailAddress[]): string {
  return list.map((each) => each.name || each.email).join(', ');
}

/** The line under an activity's kind: what it was about, by kind. */
function Details({ activity, stages }: { activity: Activity; stages: readonly Stage[] }) {
  switch (activity.kind) {
    case 'email-sent':
    case 'email-received': {
      const { details } = activity;
      const people = activity.kind === 'email-sent' ? addresses(details.to) : details.from ? addresses([details.from]) : '';
      return (
        <>
          <p class="strong">{details.subject || t('historyNoSubject')}</p>
          {people && <p class="muted small">{t(activity.kind === 'email-sent' ? 'historyTo' : 'historyFrom', people)}</p>}
          {details.snippet && <p class="snippet">{details.snippet.slice(0, 300)}</p>}
        </>
      );
    }
    case 'call': {
      const parts = [activity.details.outcome && outcomeName(activity.details.outcome), activity.details.durationMin !== undefined && t('historyMinutes', formatNumber(activity.details.durationMin))];
      return <Line parts={parts} summary={activity.summary} />;
    }
    case 'meeting': {
      const parts = [activity.details.place, activity.details.durationMin !== undefined && t('historyMinutes', formatNumber(activity.details.durationMin))];
      return <Line parts={parts} summary={activity.summary} />;
    }
    case 'message':
      return <Line parts={[activity.details.channel]} summary={activity.summary} />;
    case 'offer': {
      const { amount, status, documentUrl } = activity.details;
      const statusKey = OFFER_STATUS[status];
      return (
        <>
          <Line parts={[amount && formatMoney(amount), statusKey && t(statusKey)]} summary={activity.summary} />
          {documentUrl && (
            <a class="small" href={documentUrl} target="_blank" rel="noopener noreferrer">
              {t('historyOfferDocument')}
            </a>
          )}
        </>
      );
    }
    case 'stage-change':
      return (
        <p data-testid="stage-change">
          {activity.details.from ? `${stageName(activity.details.from, stages)} → ` : ''}
          {stageName(activity.details.to, stages)}
        </p>
      );
    case 'field-change':
      return <p>{t('historyFieldChanged', activity.details.field)}</p>;
    case 'captured':
      return activity.details.url ? (
        <p class="ellipsis">
          <a href={activity.details.url} target="_blank" rel="noopener noreferrer">
            {activity.details.url}
          </a>
        </p>
      ) : (
        <Line parts={[]} summary={activity.summary} />
      );
    case 'reminder-done':
      return <Line parts={[activity.details.note]} summary={activity.summary} />;
    case 'note':
    case 'merge':
      return <Line parts={[]} summary={activity.summary} />;
  }
}

function Line({ parts, summary }: { parts: Array<string | false | undefined>; summary: string }) {
  const meta = parts.filter(Boolean).join(' · ');
  return (
    <>
      {meta && <p class="muted small">{meta}</p>}
      {summary && <p class="prewrap">{summary}</p>}
    </>
  );
}

export function ActivityRow({ activity, stages }: { activity: Activity; stages: readonly Stage[] }) {
  return (
    <li class="row activity" data-row tabIndex={0} data-kind={activity.kind} data-testid="activity">
      <div class="activity-head">
        <span class={`kind kind-${activity.kind}`}>{kindName(activity.kind)}</span>
        <time class="muted small" dateTime={new Date(activity.at).toISOString()}>
          {formatTime(activity.at)}
        </time>
      </div>
      <Details activity={activity} stages={stages} />
    </li>
  );
}
