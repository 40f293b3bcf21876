import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n';

interface Props {
  label: string;
  testId?: string;
  children: ComponentChildren;
  empty: boolean;
  onEdit?: () => void;
}

/** One labelled value of the card in read mode, with its edit button. */
export function FieldShell({ label, testId, children, empty, onEdit }: Props) {
  return (
    <div class="field" data-testid={testId}>
      <span class="field-label">{label}</span>
      <span class="field-value">{empty ? <span class="muted">{t('cardEmpty')}</span> : children}</span>
      {onEdit && (
        <button type="button" class="icon-button" aria-label={t('cardEdit', label)} title={t('cardEdit', label)} onClick={onEdit}>
          <span aria-hidden="true">✎</span>
        </button>
      )}
    </div>
  );
}
