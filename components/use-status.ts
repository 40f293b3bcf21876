import { send } from '../lib/messaging/client';
import type { AppStatus } from '../lib/messaging/protocol';
import { useRemote, type Loadable } from './use-remote';

export type { Loadable } from './use-remote';

/**
 * Asks the background for the app's status (counting every lead), when the component mounts or,
 * with `enabled`, once that turns true; and again on `reload()`.
 */
export function useStatus(enabled = true): Loadable<AppStatus> & { reload: () => void } {
  return useRemote(() => send('app.status', {}), 'status', enabled);
}
