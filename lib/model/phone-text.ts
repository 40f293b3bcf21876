/**
 * The one text form of a phone that crosses the extension: E.164 with an extension written as
 * ";ext=204" (RFC 3966), as capture reports it and tel: links dial it. Imports nothing, so the
 * injected extractor can use it without pulling zod in.
 */
export interface PhoneParts {
  e164: string;
  ext?: string;
}

export function phoneToText(phone: PhoneParts): string {
  return phone.ext ? `${phone.e164};ext=${phone.ext}` : phone.e164;
}

/** "+74951234567;ext=204" → its parts, with a readable raw text; null when it is not that form. */
export function phoneFromText(text: string): { e164: string; ext?: string; raw: string } | null {
  const [e164 = '', ext] = text.split(';ext=');
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return null;
  return ext && /^\d{1,8}$/.test(ext) ? { e164, ext, raw: `${e164} ext. ${ext}` } : { e164, raw: e164 };
}
