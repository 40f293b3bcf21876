import type { ComponentChildren } from 'preact';
import type { Parsed } from './field-parsers';
import { escapeCancels, FormActions } from './form-actions';
import type { Saver } from './use-saver';

interface Props<T> {
  testId?: string;
  errorId: string;
  saver: Saver;
  /** Reads the inputs: the value to save, or what to fix. */
  build: () => Parsed<T>;
  onSave: (value: T) => Promise<unknown>;
  onClose: () => void;
  children: ComponentChildren;
}

/** The edit mode of a card field: its inputs, Save and Cancel; it closes only after a save succeeds. */
export function InlineEditForm<T>({ testId, errorId, saver, build, onSave, onClose, children }: Props<T>) {
  return (
    <form
      class="field editing"
      data-testid={testId}
      onKeyDown={escapeCancels(onClose)}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = build();
        if (!parsed.ok) return saver.setError(parsed.message);
        void saver.save(() => onSave(parsed.value)).then((saved) => saved && onClose());
      }}
    >
      {children}
      <FormActions saving={saver.saving} error={saver.error} onCancel={onClose} errorId={errorId} />
    </form>
  );
}
