import { findEmailsInText, normalizeEmail } from './emails';
import { HONORIFICS, NAME_SUFFIXES } from './lexicon';
import { readMicroformats } from './microformats';
import { isCompanyLine, isHeadTitle, isJobTitle, readPersonLine, readPersonParts } from './names';
import type { NameMatch } from './names';
import { companyDomain, organizationFromTitle } from './organization';
import { findPhonesInText, formatPhone, normalizePhone } from './phones';
import { classifyProfileUrl, isOrganizationProfile } from './profiles';
import { inferRegion } from './region';
import { DEFAULT_LIMITS, scanDocument } from './scan';
import type { ElementHit, Line, ScanLimits } from './scan';
import { entitiesFromSchema, readJsonLdScripts, readMicrodata } from './structured-data';
import type { RawEntity } from './structured-data';
import { cleanText, pushUnique } from './text';
import type { CaptureContext, CaptureResult, CapturedOrganization, CapturedPerson, ProfileLink } from './types';

/** How far above a name's block a "card" may reach, and how far up a contact looks for one. */
const MARK_DEPTH = 4;
const LOOK_DEPTH = 6;
/** Page regions that are never one person's card, however few names the page has. */
const NOT_A_CARD = new Set(['body', 'html', 'header', 'footer', 'nav']);
const MAX_PEOPLE = 2000;
const MAX_NAME_LINE = 140;

interface Occurrence {
  person: number;
  line: number;
  block: Element;
}

function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[\s,]+/)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t.length > 1 && !HONORIFICS.has(t) && !NAME_SUFFIXES.has(t) && !/(?:ович|евич|ьич|ична|овна|евна)$/.test(t))
    .toSorted()
    .join(' ');
}

function near(a: Element, b: Element, depth: number): boolean {
  // At most depth + 1 ancestors each: a short array scan beats building a Set on every call.
  const up: Element[] = [];
  for (let x: Element | null = a, i = 0; x && i <= depth; i++, x = x.parentElement) up.push(x);
  for (let y: Element | null = b, i = 0; y && i <= depth; i++, y = y.parentElement) {
    if (NOT_A_CARD.has(y.localName)) return false;
    if (up.includes(y)) return true;
  }
  return false;
}

/** "CTO at Acme", "CTO, Acme Corp", "директор в ООО «Ромашка»": a title and a company. */
function splitTitle(title: string): { jobTitle: string; organization: string | null } {
  const m = /^(.+?)(?:\s+(?:at|@|в компании|в)\s+|,\s+)(.+)$/u.exec(title);
  if (m && m[1] && m[2] && isJobTitle(m[1]) && !isJobTitle(m[2]) && /^[\p{Lu}«"\d]/u.test(m[2])) {
    return { jobTitle: m[1].trim(), organization: m[2].trim() };
  }
  return { jobTitle: title, organization: null };
}

function meta(root: ParentNode, selector: string, attr = 'content'): string | null {
  const v = root.querySelector(selector)?.getAttribute(attr);
  return v ? cleanText(v).slice(0, 500) || null : null;
}

function absoluteUrl(v: string | null, base?: string): string | null {
  if (!v) return null;
  try {
    const u = new URL(v, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

class PeopleBook {
  readonly people: CapturedPerson[] = [];
  private readonly byKey = new Map<string, number>();

  add(p: Omit<CapturedPerson, 'sources'> & { source: CapturedPerson['sources'][number] }): number {
    const key = nameKey(p.name);
    const existing = key ? this.byKey.get(key) : undefined;
    if (existing !== undefined) {
      const cur = this.people[existing];
      if (cur) {
        if (p.name.length > cur.name.length && !/[.]/.test(p.name)) cur.name = p.name;
        cur.jobTitle ??= p.jobTitle;
        cur.organization ??= p.organization;
        cur.location ??= p.location;
        for (const e of p.emails) pushUnique(cur.emails, e);
        for (const t of p.phones) pushUnique(cur.phones, t);
        for (const l of p.profiles) this.addProfile(existing, l);
        pushUnique(cur.sources, p.source);
      }
      return existing;
    }
    if (this.people.length >= MAX_PEOPLE) return -1;
    const { source, ...rest } = p;
    this.people.push({ ...rest, emails: [...rest.emails], phones: [...rest.phones], profiles: [], sources: [source] });
    const index = this.people.length - 1;
    for (const l of p.profiles) this.addProfile(index, l);
    if (key) this.byKey.set(key, index);
    return index;
  }

  addProfile(index: number, link: ProfileLink): void {
    const p = this.people[index];
    if (p && !p.profiles.some((x) => x.url === link.url)) p.profiles.push(link);
  }
}

function emptyOrganization(): CapturedOrganization {
  return { name: null, domain: null, emails: [], phones: [], address: null, profiles: [], sources: [] };
}

/**
 * Finds the people and organisations on a page, with their emails, phones, titles and profile
 * links, merged into one record per person. Pure: reads the DOM under `root` and nothing else.
 * Never throws on hostile markup; a size cap stops a huge page early (then `truncated` is set).
 */
export function extractPage(root: Document | Element, context: CaptureContext = {}, limits: ScanLimits = DEFAULT_LIMITS): CaptureResult {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const head: ParentNode = root;
  const canonical = absoluteUrl(meta(head, 'link[rel~="canonical"]', 'href') ?? meta(head, 'meta[property="og:url"]'), context.url);
  const pageUrl = absoluteUrl(context.url ?? null) ?? canonical;
  let host: string | null = null;
  if (pageUrl) host = new URL(pageUrl).hostname;
  const htmlEl = root.nodeType === 9 ? doc?.documentElement : (root as Element).closest('[lang]');
  const lang = htmlEl?.getAttribute('lang') ?? null;
  const title = cleanText((root.nodeType === 9 ? doc?.title : root.querySelector('title')?.textContent) ?? '');

  const scan = scanDocument(root, pageUrl ?? undefined, limits);
  const { lines } = scan;
  // The scan ran the cheap pre-filters once per line; the full readers (libphonenumber, the
  // address pattern) only see the few lines that passed.
  const phoneLines: number[] = [];
  const emailLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.mayHavePhone) phoneLines.push(i);
    if (line.mayHaveEmail) emailLines.push(i);
  }
  const { region, fallbacks } = inferRegion({ host, lang, locale: context.locale, lines });
  const parsePhone = (raw: string): string | null => {
    for (const r of [region, ...fallbacks]) {
      const p = normalizePhone(raw, r);
      if (p) return formatPhone(p);
    }
    return null;
  };

  // Structured data first: what a site states about itself outranks what the text suggests.
  const entities: RawEntity[] = [];
  try {
    entities.push(...entitiesFromSchema(readJsonLdScripts(scan.jsonLd), 'json-ld'));
    entities.push(...entitiesFromSchema(readMicrodata(root, pageUrl ?? undefined), 'microdata'));
    entities.push(...readMicroformats(root, pageUrl ?? undefined));
  } catch {
    // Hostile structured data must not cost the rest of the page.
  }

  const domain = companyDomain(host) ?? mostCommonEmailDomain(scan.emails.map((e) => e.value), lines, emailLines);
  const book = new PeopleBook();
  const org = emptyOrganization();
  org.domain = domain;
  const otherOrgs: CapturedOrganization[] = [];
  const siteName = meta(head, 'meta[property="og:site_name"]');

  for (const e of entities) {
    const emails = e.emails.map(normalizeEmail).filter((x): x is string => !!x);
    const phones = e.phones.map(parsePhone).filter((x): x is string => !!x);
    const links = e.urls.map(classifyProfileUrl).filter((x): x is ProfileLink => !!x);
    if (e.kind === 'person') {
      if (!e.name) continue;
      book.add({ name: e.name, jobTitle: e.jobTitle, organization: e.organization, emails, phones, location: e.location, profiles: links, source: e.source });
      continue;
    }
    const entityDomain = links.map((l) => companyDomain(safeHost(l.url))).find(Boolean) ?? null;
    const samePage =
      org.sources.length === 0 || (!!e.name && !!org.name && e.name.toLowerCase() === org.name.toLowerCase()) || (!!entityDomain && entityDomain === org.domain);
    const target = samePage ? org : emptyOrganization();
    if (!samePage) {
      target.domain = entityDomain;
      otherOrgs.push(target);
    }
    target.name ??= e.name;
    target.address ??= e.location;
    for (const x of emails) pushUnique(target.emails, x);
    for (const x of phones) pushUnique(target.phones, x);
    for (const l of links) if (l.network !== 'website' && !target.profiles.some((p) => p.url === l.url)) target.profiles.push(l);
    pushUnique(target.sources, e.source);
  }
  org.name ??= siteName ?? (title ? organizationFromTitle(title, domain) : null) ?? null;
  if (!org.address) {
    const address = root.querySelector('address')?.textContent;
    if (address) org.address = cleanText(address).slice(0, 300) || null;
  }

  // Names from the text: lines that are a name (alone or with a title), then titles beside them.
  const occurrences: Occurrence[] = [];
  const nameLines = new Set<number>();
  const candidates: Array<{ index: number; match: NameMatch }> = [];
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    if (t.length < 3 || t.length > MAX_NAME_LINE || !t.includes(' ')) continue;
    const c = t.charCodeAt(0);
    // Names start with a capital (Latin or Cyrillic): a cheap test before the full reading.
    if (!((c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f) || c === 0x401)) continue;
    const parts = (lines[i] as Line).parts;
    const match = readPersonLine(t) ?? (parts.length > 1 ? readPersonParts(parts) : null);
    if (match) {
      candidates.push({ index: i, match });
      nameLines.add(i);
    }
  }
  const titleNear = (i: number): string | null => {
    const line = lines[i];
    if (!line) return null;
    for (const j of [i + 1, i - 1, i + 2]) {
      const other = lines[j];
      if (!other || nameLines.has(j) || !near(line.block, other.block, 2)) continue;
      if (isHeadTitle(other.text)) return other.text;
    }
    return null;
  };
  // Words the page also writes in lower case are ordinary words ("Customer Support", "Mold
  // Removal"), not surnames; built only when a name rests on its capitals alone.
  let lowerWords: Set<string> | null = null;
  const looksLikeWords = (name: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set();
      let budget = 2_000_000;
      for (const l of lines) {
        if ((budget -= l.text.length) < 0) break;
        for (const w of l.text.match(/(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])/gu) ?? []) lowerWords.add(w);
      }
    }
    const seen = lowerWords;
    return name.split(' ').some((t) => seen.has(t.toLowerCase()));
  };
  for (const { index, match } of candidates) {
    const line = lines[index] as Line;
    const nearby = match.title ?? titleNear(index);
    if (match.evidence === 'shape' && (!nearby || looksLikeWords(match.name))) continue;
    if (org.name && match.name.toLowerCase() === org.name.toLowerCase()) continue;
    const split = nearby ? splitTitle(nearby) : { jobTitle: null, organization: null };
    // A signature names the company on a line of its own: "Acme, Inc.", "ООО «Ромашка»".
    for (let j = index + 1; !split.organization && j <= index + 4; j++) {
      const other = lines[j];
      if (other && near(line.block, other.block, 3) && isCompanyLine(other.text)) split.organization = other.text;
    }
    const person = book.add({
      name: match.name,
      jobTitle: split.jobTitle,
      organization: split.organization,
      emails: [],
      phones: [],
      location: null,
      profiles: [],
      source: 'card',
    });
    if (person >= 0) occurrences.push({ person, line: index, block: line.block });
  }

  // Cards: every element up to MARK_DEPTH above a name knows whose name it holds.
  const marks = new Map<Element, number[]>();
  for (const o of occurrences) {
    let el: Element | null = o.block;
    for (let d = 0; el && d <= MARK_DEPTH && !NOT_A_CARD.has(el.localName); d++, el = el.parentElement) {
      const list = marks.get(el);
      if (!list) marks.set(el, [o.person]);
      else if (!list.includes(o.person)) list.push(o.person);
    }
  }
  const ownerOf = (hit: ElementHit<unknown>): number | null => {
    let el: Element | null = hit.el;
    for (let d = 0; el && d <= LOOK_DEPTH && !NOT_A_CARD.has(el.localName); d++, el = el.parentElement) {
      const list = marks.get(el);
      if (!list) continue;
      if (list.length === 1) return list[0] ?? null;
      // Several people in one block (a <br>-separated list): the nearest name above the contact.
      const here = el;
      let best: Occurrence | null = null;
      for (const o of occurrences) {
        if (o.block === here && o.line <= hit.line && (!best || o.line > best.line)) best = o;
      }
      return best ? best.person : null;
    }
    return null;
  };

  const emailHits: ElementHit<string>[] = [...scan.emails];
  const phoneHits: ElementHit<string>[] = [];
  for (const t of scan.tels) {
    const p = parsePhone(t.value);
    if (p) phoneHits.push({ ...t, value: p });
  }
  // Each list stays in line order, as a loop over every line would leave it.
  for (const i of emailLines) {
    const line = lines[i] as Line;
    for (const e of findEmailsInText(line.text)) emailHits.push({ value: e, el: line.block, line: i });
  }
  for (const i of phoneLines) {
    const line = lines[i] as Line;
    for (const p of findPhonesInText(line.text, region, fallbacks)) phoneHits.push({ value: formatPhone(p), el: line.block, line: i });
  }

  // Whatever structured data already gave a person is theirs, not the company's.
  const personal = new Set<string>(book.people.flatMap((p) => [...p.emails, ...p.phones]));
  for (const h of emailHits) {
    const owner = ownerOf(h);
    const person = owner === null ? undefined : book.people[owner];
    if (person) {
      pushUnique(person.emails, h.value);
      personal.add(h.value);
    }
  }
  for (const h of phoneHits) {
    const owner = ownerOf(h);
    const person = owner === null ? undefined : book.people[owner];
    if (person) {
      pushUnique(person.phones, h.value);
      personal.add(h.value);
    }
  }
  for (const h of emailHits) if (!personal.has(h.value)) pushUnique(org.emails, h.value);
  for (const h of phoneHits) if (!personal.has(h.value)) pushUnique(org.phones, h.value);
  for (const h of scan.profiles) {
    const owner = isOrganizationProfile(h.value) ? null : ownerOf(h);
    if (owner !== null) book.addProfile(owner, h.value);
    else if (!org.profiles.some((p) => p.url === h.value.url)) org.profiles.push(h.value);
  }

  // People read from cards work for the page's company, unless the page shows people of several
  // companies (a speakers list), where a missing company is left unknown rather than guessed.
  const foreign = book.people.some((p) => p.organization && org.name && p.organization.toLowerCase() !== org.name.toLowerCase());
  for (const p of book.people) {
    if (p.organization || foreign || !org.name) continue;
    const ownDomain = p.emails.map(companyDomain).find(Boolean);
    if (!ownDomain || ownDomain === domain) p.organization = org.name;
  }
  if (org.sources.length === 0) org.sources.push('page');
  org.emails = org.emails.filter((e) => !personal.has(e));
  org.phones = org.phones.filter((p) => !personal.has(p));

  const organizations = [org, ...otherOrgs].filter(
    (o) => o.name || o.domain || o.emails.length || o.phones.length || o.profiles.length,
  );
  return {
    url: pageUrl,
    region,
    people: book.people,
    organizations,
    vcards: scan.vcards,
    truncated: scan.truncated,
  };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Without a URL, the company's domain is the one most of the page's own addresses use. */
function mostCommonEmailDomain(linked: string[], lines: Line[], emailLines: number[]): string | null {
  const counts = new Map<string, number>();
  const all = [...linked];
  for (let k = 0; k < emailLines.length && all.length < 200; k++) {
    all.push(...findEmailsInText((lines[emailLines[k] as number] as Line).text));
  }
  for (const e of all) {
    const d = companyDomain(e);
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [d, c] of counts) {
    if (c > n) {
      best = d;
      n = c;
    }
  }
  return best;
}

