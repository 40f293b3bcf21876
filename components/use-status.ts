import { send } from '../lib/messaging/client';
import type { AppStatus } from '../lib/messaging/protocol';
import { useRemote, type Loadable } from './use-remote';

export type { Loadable } from './use-remote';

/** Asks the background for the app's status when the component mounts, and on `reload()`. */
export function useStatus(): Loadable<AppStatus> & { reload: () => void } {
  return useRemote(() => send('app.status', {}), 'status');
}
