import { defineContentScript } from 'wxt/utils/define-content-script';
import { outlookAdapter } from '../lib/sites/outlook/adapter';
import { runAdapter } from '../lib/sites/shared/start';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runAdapter(ctx, outlookAdapter);
  },
});
