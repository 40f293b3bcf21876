import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { NewLeadContext } from './new-lead-view';

type Loaded = typeof import('./new-lead-view');

interface Props {
  context: NewLeadContext | null;
  onSaved: (leadId: string) => void;
  onCancel: () => void;
}

/** Loads the new-lead form's code on first use (see new-lead-view.tsx for why). */
export function LazyNewLead(props: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    import('./new-lead-view').then(setLoaded, (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  }, []);
  if (failed) {
    return (
      <p class="error" role="alert">
        {t('newLeadLoadFailed', failed)}
      </p>
    );
  }
  if (!loaded) return <p class="muted">{t('statusLoading')}</p>;
  return <loaded.NewLeadView {...props} />;
}
