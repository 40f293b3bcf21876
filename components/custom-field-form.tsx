import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { escapeCancels, FormActions } from './form-actions';
import { useSaver } from './use-saver';

interface Props {
  taken: readonly string[];
  onAdd: (key: string, value: string) => Promise<unknown>;
}

/** Adds one custom qualifier (name and value) to a lead. */
export function CustomFieldForm({ taken, onAdd }: Props) {
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const saver = useSaver();
  if (!open) {
    return (
      <button type="button" class="link" onClick={() => setOpen(true)}>
        {t('cardCustomAdd')}
      </button>
    );
  }
  const cancel = () => setOpen(false);
  return (
    <form
      class="stack"
      data-testid="custom-field-form"
      onKeyDown={escapeCancels(cancel)}
      onSubmit={(event) => {
        event.preventDefault();
        const name = key.trim();
        if (!name || name.length > 100) return saver.setError(t('cardErrorCustomName'));
        if (taken.includes(name)) return saver.setError(t('cardErrorCustomTaken', name));
        if (value.length > 1000) return saver.setError(t('cardErrorTooLong', 1000));
        void saver.save(() => onAdd(name, value.trim())).then((saved) => {
          if (!saved) return;
          setKey('');
          setValue('');
          setOpen(false);
        });
      }}
    >
      <label>
        {t('cardCustomName')}
        <input value={key} autoFocus onInput={(event) => setKey(event.currentTarget.value)} />
      </label>
      <label>
        {t('cardCustomValue')}
        <input value={value} onInput={(event) => setValue(event.currentTarget.value)} />
      </label>
      <FormActions saving={saver.saving} error={saver.error} onCancel={cancel} />
    </form>
  );
}
