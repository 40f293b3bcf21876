/** Social and web profile networks the extractor recognises. `website` is any other http(s) page. */
export type ProfileNetwork =
  | 'linkedin'
  | 'vk'
  | 'telegram'
  | 'whatsapp'
  | 'x'
  | 'facebook'
  | 'instagram'
  | 'github'
  | 'hhru'
  | 'okru'
  | 'website';

export interface ProfileLink {
  network: ProfileNetwork;
  url: string;
}

export interface NormalizedPhone {
  /** E.164 without the extension, e.g. "+74951234567". */
  e164: string;
  ext?: string;
  /** The text it was read from. */
  raw: string;
}

/** Where a record's facts were read from; lets the UI explain a capture and tests pin a source. */
export type CaptureSourceKind = 'json-ld' | 'microdata' | 'microformats' | 'card' | 'page';

export interface CapturedPerson {
  name: string;
  jobTitle: string | null;
  organization: string | null;
  emails: string[];
  /** E.164, an extension written as ";ext=204". */
  phones: string[];
  location: string | null;
  profiles: ProfileLink[];
  sources: CaptureSourceKind[];
}

export interface CapturedOrganization {
  name: string | null;
  /** Registrable domain (tldts, private suffixes allowed); never a free-mail domain. */
  domain: string | null;
  emails: string[];
  phones: string[];
  address: string | null;
  profiles: ProfileLink[];
  sources: CaptureSourceKind[];
}

export interface CaptureContext {
  /** The page's address; gives the domain and, through its TLD, the phone region. */
  url?: string;
  /** The browser's locale (navigator.language): the phone region when the page gives none. */
  locale?: string;
}

export interface CaptureResult {
  url: string | null;
  /** The ISO region used for numbers written without a country code. */
  region: string;
  people: CapturedPerson[];
  organizations: CapturedOrganization[];
  /** Absolute links to .vcf files: contacts the popup can offer to import. */
  vcards: string[];
  /** True when a size cap cut the scan short: the result is what the first part of the page gave. */
  truncated: boolean;
}
