import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Parsed } from './field-parsers';
import { FieldShell } from './field-shell';
import { InlineEditForm } from './inline-edit-form';
import { useSaver } from './use-saver';

export interface Option {
  value: string;
  label: string;
}

interface Props<T> {
  label: string;
  /** The value in read mode. */
  children?: ComponentChildren;
  empty: boolean;
  /** What the input holds when editing starts. */
  initial: string;
  parse: (draft: string) => Parsed<T>;
  onSave: (value: T) => Promise<unknown>;
  input?: 'text' | 'textarea' | 'date' | 'select';
  options?: readonly Option[];
  hint?: string;
  testId?: string;
  /** Read mode is the edit button alone: the value is already shown elsewhere (the name heading). */
  bare?: boolean;
}

/**
 * A card field that edits in place: the value, then (on Edit) an input with Save and Cancel.
 * A refused value or a failed save keeps the input open with what the rep typed and says why.
 */
export function EditableField<T>({ label, children, empty, initial, parse, onSave, input = 'text', options = [], hint, testId, bare = false }: Props<T>) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(initial);
  const saver = useSaver();
  const start = () => {
    setDraft(initial);
    saver.setError('');
    setEditing(true);
  };
  if (!editing && bare) {
    return (
      <button type="button" class="icon-button" data-testid={testId} aria-label={t('cardEdit', label)} title={t('cardEdit', label)} onClick={start}>
        <span aria-hidden="true">✎</span>
      </button>
    );
  }
  if (!editing) {
    return (
      <FieldShell label={label} testId={testId} empty={empty} onEdit={start}>
        {children}
      </FieldShell>
    );
  }
  const cancel = () => setEditing(false);
  const id = `field-${testId ?? label}`.replace(/\W+/g, '-');
  const onInput = (event: { currentTarget: { value: string } }) => setDraft(event.currentTarget.value);
  const described = [hint ? `${id}-hint` : '', saver.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, value: draft, onInput, 'aria-describedby': described, 'aria-invalid': saver.error ? true : undefined, autoFocus: true };
  return (
    <InlineEditForm testId={testId} errorId={`${id}-error`} saver={saver} build={() => parse(draft)} onSave={onSave} onClose={cancel}>
      <label class="field-label" for={id}>
        {label}
      </label>
      {input === 'textarea' ? (
        <textarea rows={3} {...common} />
      ) : input === 'select' ? (
        <select {...common}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        input === 'date' ? <input type="date" {...common} /> : <input type="text" {...common} />
      )}
      {hint && (
        <p class="hint muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </InlineEditForm>
  );
}
