import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { CopyIcon } from './copy-icon';

/** Copies a value to the clipboard and says so where a screen reader hears it. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        class="icon-button"
        aria-label={t('cardCopy', label)}
        title={t('cardCopy', label)}
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        <CopyIcon />
      </button>
      <span class={state === 'failed' ? 'error small' : 'muted small'} role="status">
        {state === 'copied' ? t('cardCopied') : state === 'failed' ? t('cardCopyFailed') : ''}
      </span>
    </>
  );
}
