import { t } from '../lib/i18n';
import { ErrorLine } from './error-line';

/** Save and Cancel at the end of an in-place edit, and the error of the last save. */
export function FormActions({ saving, error, onCancel, errorId }: { saving: boolean; error: string; onCancel: () => void; errorId?: string }) {
  return (
    <>
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('cardSaving') : t('cardSave')}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {t('cardCancel')}
        </button>
      </div>
      <ErrorLine message={error} id={errorId} />
    </>
  );
}

/** Esc inside an edit form cancels the edit only, not the popup's "go back". */
export function escapeCancels(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
}
