import type { SiteAdapter } from '../shared/types';
import {
  findGmailComposes,
  findGmailSendButton,
  findGmailUndo,
  gmailComposeKey,
  gmailMessageId,
  gmailThreadMessages,
  isGmailUndoControl,
  readGmailCompose,
  readGmailMailbox,
  readGmailMessage,
} from './extractor';
import { gmailSelectors } from './selectors';
import { isGmailPopout } from './urls';

/** Gmail's shortest "Undo send" cancellation period; users can pick 5, 10, 20 or 30 seconds. */
export const GMAIL_UNDO_MIN_MS = 5_000;
export const GMAIL_UNDO_MAX_MS = 30_000;

export const gmailAdapter: SiteAdapter = {
  provider: 'gmail',
  undoMinMs: GMAIL_UNDO_MIN_MS,
  undoMaxMs: GMAIL_UNDO_MAX_MS,
  appRoot: gmailSelectors.appRoot,
  findComposes: findGmailComposes,
  readCompose: readGmailCompose,
  composeKey: gmailComposeKey,
  findSendButton: findGmailSendButton,
  findUndo: findGmailUndo,
  isUndoControl: isGmailUndoControl,
  threadMessages: gmailThreadMessages,
  messageIdOf: gmailMessageId,
  readMessage: readGmailMessage,
  readMailbox: readGmailMailbox,
  isPopout: isGmailPopout,
};
