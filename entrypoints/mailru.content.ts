import { defineContentScript } from 'wxt/utils/define-content-script';
import { mailruAdapter } from '../lib/sites/mailru/adapter';
import { runAdapter } from '../lib/sites/shared/start';

export default defineContentScript({
  matches: ['https://e.mail.ru/*', 'https://octavius.mail.ru/*'],
  runAt: 'document_idle',
  main(ctx) {
    runAdapter(ctx, mailruAdapter);
  },
});
