import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '../lib/sites/gmail/adapter';
import { runAdapter } from '../lib/sites/shared/start';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runAdapter(ctx, gmailAdapter);
  },
});
