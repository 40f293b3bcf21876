import type { CaptureResult, CapturedOrganization, CapturedPerson } from './types';

/**
 * Decodes a saved page the way a browser would: a BOM first, then the charset the page declares
 * (meta charset or http-equiv Content-Type) in its first bytes, then UTF-8 if the bytes are valid
 * UTF-8, else windows-1252 (what browsers assume for legacy Western pages).
 */
export function decodeHtmlBytes(bytes: Uint8Array): { html: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  if (declared) {
    const label = declared.toLowerCase();
    try {
      const isUtf8 = label === 'utf-8' || label === 'utf8';
      const html = new TextDecoder(label, { fatal: isUtf8 }).decode(bytes);
      return { html, charset: label };
    } catch {
      // A page that says UTF-8 and is not (common after copy-paste from Word) reads as 1252;
      // an unknown label falls through to the same sniffing as no label.
    }
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { html: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252' };
  }
}

/** The command line's shape: people and organisations without the fields only the extension uses. */
export interface CaptureLine {
  file: string;
  url: string | null;
  people: Array<Omit<CapturedPerson, 'sources'>>;
  organizations: Array<Omit<CapturedOrganization, 'sources' | 'profiles'>>;
}

/** The command line's record of one page: the result without the fields only the extension uses. */
export function toCaptureLine(file: string, result: CaptureResult): CaptureLine {
  return {
    file,
    url: result.url,
    people: result.people.map((p) => ({
      name: p.name,
      jobTitle: p.jobTitle,
      organization: p.organization,
      emails: p.emails,
      phones: p.phones,
      location: p.location,
      profiles: p.profiles,
    })),
    organizations: result.organizations.map((o) => ({
      name: o.name,
      domain: o.domain,
      emails: o.emails,
      phones: o.phones,
      address: o.address,
    })),
  };
}
