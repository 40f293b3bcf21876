/**
 * The new-lead form with its prefill: loaded only when the rep opens it, because reading phones
 * and names needs the extractor's libraries (libphonenumber's metadata is most of their weight),
 * which the popup's first paint must not wait for.
 */
import { draftFromContext, emptyDraft } from '../lib/capture/prefill';
import { uiLocale } from '../lib/i18n';
import { NewLeadForm } from './new-lead-form';

/** What the context menu passed: `?new=1&selection=…&link=…&page=…&title=…`. */
export interface NewLeadContext {
  selection: string;
  link: string;
  page?: string;
  title?: string;
}

interface Props {
  context: NewLeadContext | null;
  onSaved: (leadId: string) => void;
  onCancel: () => void;
}

export function NewLeadView({ context, onSaved, onCancel }: Props) {
  const draft = context
    ? draftFromContext({ selection: context.selection, link: context.link, ...(context.page ? { pageUrl: context.page } : {}), locale: uiLocale() })
    : emptyDraft();
  const source = context
    ? { kind: 'context-menu' as const, ...(context.page ? { url: context.page } : {}), ...(context.title ? { title: context.title } : {}) }
    : { kind: 'manual' as const };
  return <NewLeadForm initial={draft} source={source} onSaved={onSaved} onCancel={onCancel} />;
}
