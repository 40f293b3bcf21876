import { send } from '../lib/messaging/client';
import type { Settings } from '../lib/model/settings';
import { useRemote } from './use-remote';

/** The rep's settings (stages, teammates, segments), read once per popup. */
export function useSettings() {
  return useRemote<Settings>(() => send('settings.get', {}), 'settings');
}
