import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { errorText } from './use-remote';

/**
 * The state of one save through the background: in flight, and the error of the last attempt.
 * `save` resolves to false on failure so a form keeps what the rep typed and shows why.
 */
export type Saver = ReturnType<typeof useSaver>;

export function useSaver() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const save = async (action: () => Promise<unknown>): Promise<boolean> => {
    setSaving(true);
    setError('');
    try {
      await action();
      setSaving(false);
      return true;
    } catch (failure) {
      setError(t('cardSaveFailed', errorText(failure)));
      setSaving(false);
      return false;
    }
  };
  return { saving, error, setError, save };
}
