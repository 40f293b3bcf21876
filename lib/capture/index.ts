/**
 * Page capture: finds people and organisations on a page. Pure functions over a DOM root; no
 * browser-extension APIs, no network.
 */
export { extractPage } from './extract-page';
export { normalizeEmail } from './emails';
export { normalizePhone, formatPhone } from './phones';
export { classifyProfileUrl } from './profiles';
export type {
  CaptureContext,
  CaptureResult,
  CaptureSourceKind,
  CapturedOrganization,
  CapturedPerson,
  NormalizedPhone,
  ProfileLink,
  ProfileNetwork,
} from './types';
