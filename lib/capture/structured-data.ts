import type { CaptureSourceKind } from './types';
import { cleanText } from './text';

/**
 * A person or an organisation as structured data states it, before phones are parsed (that needs
 * the page's region) and before records are merged.
 */
export interface RawEntity {
  kind: 'person' | 'organization';
  name: string | null;
  jobTitle: string | null;
  organization: string | null;
  emails: string[];
  phones: string[];
  /** Person: a locality; organisation: the postal address on one line. */
  location: string | null;
  urls: string[];
  source: CaptureSourceKind;
}

type JsonObject = { [key: string]: unknown };

const MAX_DEPTH = 16;
const MAX_OBJECTS = 5000;
const MAX_SCRIPT_CHARS = 2_000_000;

const ORG_TYPES = new Set([
  'Organization', 'Corporation', 'LocalBusiness', 'NGO', 'EducationalOrganization', 'GovernmentOrganization',
  'MedicalOrganization', 'SportsOrganization', 'NewsMediaOrganization', 'PerformingGroup', 'Airline',
  'OnlineBusiness', 'OnlineStore', 'ProfessionalService', 'LegalService', 'Attorney', 'Dentist', 'Physician',
  'Store', 'Restaurant', 'RealEstateAgent', 'FinancialService', 'InsuranceAgency', 'AutoDealer', 'HomeAndConstructionBusiness',
]);
/** Types that may carry a phone or an address and still are not an organisation. */
const NOT_ORG_TYPES = new Set([
  'Person', 'WebSite', 'WebPage', 'ContactPage', 'AboutPage', 'Product', 'Event', 'BreadcrumbList', 'ListItem',
  'ImageObject', 'Offer', 'AggregateOffer', 'Review', 'Rating', 'AggregateRating', 'PostalAddress', 'ContactPoint',
  'Article', 'BlogPosting', 'NewsArticle', 'SearchAction', 'SiteNavigationElement', 'VideoObject', 'FAQPage',
  'Question', 'Answer', 'ItemList', 'GeoCoordinates', 'OpeningHoursSpecification', 'CreativeWork', 'Service',
  'Brand', 'Thing', 'EntryPoint', 'PropertyValue', 'MonetaryAmount', 'Country', 'City', 'State',
]);

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function typesOf(o: JsonObject): string[] {
  return asList(o['@type'] ?? o.type)
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, ''));
}

function text(v: unknown): string | null {
  for (const item of asList(v)) {
    if (typeof item === 'string' || typeof item === 'number') {
      const s = cleanText(String(item));
      if (s) return s.slice(0, 300);
    } else if (isObject(item)) {
      if ('@value' in item) return text(item['@value']);
      if ('name' in item) return text(item.name);
    }
  }
  return null;
}

function texts(v: unknown): string[] {
  const out: string[] = [];
  for (const item of asList(v)) {
    const t = typeof item === 'string' || typeof item === 'number' ? cleanText(String(item)) : isObject(item) && '@value' in item ? text(item['@value']) : null;
    if (t) out.push(t.slice(0, 300));
  }
  return out;
}

function addressText(v: unknown, localityOnly: boolean): string | null {
  for (const item of asList(v)) {
    if (typeof item === 'string') return cleanText(item).slice(0, 300) || null;
    if (!isObject(item)) continue;
    const keys = localityOnly
      ? ['addressLocality', 'addressRegion', 'addressCountry']
      : ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'];
    const parts = keys.map((k) => text(item[k])).filter((s): s is string => !!s);
    if (parts.length) return parts.join(', ');
    const nested = addressText(item.address, localityOnly);
    if (nested) return nested;
    if (typeof item.name === 'string') return cleanText(item.name) || null;
  }
  return null;
}

/** Raw control characters (line breaks inside strings) make JSON invalid; spaces do not. */
function stripControls(s: string): string {
  let out = '';
  for (const ch of s) out += ch.charCodeAt(0) < 32 ? ' ' : ch;
  return out;
}

/** Lenient JSON: site templates leave trailing commas and raw line breaks inside strings. */
export function parseJsonLoose(source: string): unknown {
  if (source.length > MAX_SCRIPT_CHARS) return undefined;
  const trimmed = source.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/.*$/gm, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(stripControls(trimmed).replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/**
 * Interprets schema.org data (JSON-LD documents or microdata turned into the same shape): every
 * Person and organisation anywhere in it, with worksFor / employee / member / founder links,
 * ContactPoints and @id references resolved. Never fetches anything.
 */
export function entitiesFromSchema(docs: unknown[], source: CaptureSourceKind): RawEntity[] {
  const objects: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || objects.length >= MAX_OBJECTS) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    objects.push(v);
    const id = v['@id'];
    if (typeof id === 'string' && Object.keys(v).length > 1 && !byId.has(id)) byId.set(id, v);
    for (const key of Object.keys(v)) {
      if (key !== '@context') visit(v[key], depth + 1);
    }
  };
  for (const d of docs) visit(d, 0);

  const resolve = (v: unknown): JsonObject | null => {
    if (isObject(v)) {
      const id = v['@id'];
      if (typeof id === 'string' && Object.keys(v).length === 1) return byId.get(id) ?? v;
      return v;
    }
    if (typeof v === 'string' && byId.has(v)) return byId.get(v) ?? null;
    return null;
  };
  const isPerson = (o: JsonObject): boolean => typesOf(o).includes('Person');
  const isOrg = (o: JsonObject): boolean => {
    const types = typesOf(o);
    if (types.length === 0) return false;
    if (types.some((t) => ORG_TYPES.has(t) || /(?:Organization|Business)$/.test(t))) return true;
    if (types.some((t) => NOT_ORG_TYPES.has(t))) return false;
    // A LocalBusiness subtype schema.org has hundreds of (Plumber, Bakery, ...): its contacts say so.
    return !!text(o.name) && (o.telephone !== undefined || o.email !== undefined || o.address !== undefined);
  };

  // Who works where, from either side of the link.
  const employer = new Map<JsonObject, string>();
  const seen = new Set<JsonObject>();
  for (const o of objects) {
    if (!isOrg(o)) continue;
    const orgName = text(o.name);
    if (!orgName) continue;
    for (const key of ['employee', 'employees', 'member', 'members', 'founder', 'founders', 'contactPoint', 'author']) {
      for (const p of asList(o[key])) {
        const person = resolve(p);
        if (person && isPerson(person) && !employer.has(person)) employer.set(person, orgName);
      }
    }
  }

  const out: RawEntity[] = [];
  for (const raw of objects) {
    const o = resolve(raw) ?? raw;
    if (seen.has(o)) continue;
    const person = isPerson(o);
    if (!person && !isOrg(o)) continue;
    seen.add(o);
    const emails = texts(o.email);
    const phones = [...texts(o.telephone), ...texts(o.faxNumber)];
    for (const cp of asList(o.contactPoint)) {
      const c = resolve(cp);
      if (!c || isPerson(c)) continue;
      emails.push(...texts(c.email));
      phones.push(...texts(c.telephone), ...texts(c.faxNumber));
    }
    const urls = [...texts(o.url), ...texts(o.sameAs)];
    let organization: string | null = null;
    if (person) {
      for (const w of [...asList(o.worksFor), ...asList(o.affiliation), ...asList(o.memberOf)]) {
        const org = resolve(w);
        organization = org ? text(org.name) : text(w);
        if (organization) break;
      }
      organization ??= employer.get(o) ?? employer.get(raw) ?? null;
    }
    const name =
      text(o.name) ??
      (person ? [text(o.givenName), text(o.additionalName), text(o.familyName)].filter(Boolean).join(' ') || null : text(o.legalName));
    out.push({
      kind: person ? 'person' : 'organization',
      name,
      jobTitle: person ? text(o.jobTitle) ?? text(o.hasOccupation) : null,
      organization,
      emails,
      phones,
      location: person
        ? addressText(o.workLocation, true) ?? addressText(o.homeLocation, true) ?? addressText(o.address, true)
        : addressText(o.address, false) ?? addressText(o.location, false),
      urls,
      source,
    });
  }
  return out;
}

/** The JSON-LD documents of the page: broken ones are skipped, oversized ones ignored. */
export function readJsonLdScripts(scripts: string[]): unknown[] {
  const docs: unknown[] = [];
  for (const s of scripts) {
    const doc = parseJsonLoose(s);
    if (doc !== undefined) docs.push(doc);
  }
  return docs;
}

const MICRODATA_MAX_ITEMS = 2000;

function microdataValue(el: Element, baseUrl: string | undefined): string {
  const tag = el.tagName.toLowerCase();
  const attr = (name: string): string => el.getAttribute(name) ?? '';
  const absolute = (v: string): string => {
    try {
      return baseUrl ? new URL(v, baseUrl).href : v;
    } catch {
      return v;
    }
  };
  if (tag === 'meta') return attr('content');
  if (tag === 'a' || tag === 'link' || tag === 'area') return absolute(attr('href'));
  if (['img', 'audio', 'video', 'source', 'iframe', 'embed'].includes(tag)) return absolute(attr('src'));
  if (tag === 'time' && el.hasAttribute('datetime')) return attr('datetime');
  if ((tag === 'data' || tag === 'meter') && el.hasAttribute('value')) return attr('value');
  return cleanText((el.textContent ?? '').slice(0, 2000)).slice(0, 500);
}

/**
 * Microdata (itemscope / itemprop) as JSON-LD-like objects, so one interpreter serves both. A
 * property belongs to the nearest itemscope above it.
 */
export function readMicrodata(root: Document | Element, baseUrl: string | undefined): unknown[] {
  const scopes = root.querySelectorAll('[itemscope]');
  if (scopes.length === 0) return [];
  const props = new Map<Element, Element[]>();
  const propEls = root.querySelectorAll('[itemprop]');
  for (let i = 0; i < propEls.length && i < MICRODATA_MAX_ITEMS * 20; i++) {
    const el = propEls[i];
    const owner = el?.parentElement?.closest('[itemscope]');
    if (!el || !owner) continue;
    const list = props.get(owner);
    if (list) list.push(el);
    else props.set(owner, [el]);
  }
  const build = (scope: Element, depth: number): JsonObject => {
    const obj: JsonObject = {};
    const type = scope.getAttribute('itemtype');
    if (type) obj['@type'] = type.trim().split(/\s+/);
    for (const p of props.get(scope) ?? []) {
      const value = p.hasAttribute('itemscope') ? (depth < MAX_DEPTH ? build(p, depth + 1) : null) : microdataValue(p, baseUrl);
      if (value === null || value === '') continue;
      for (const name of (p.getAttribute('itemprop') ?? '').trim().split(/\s+/)) {
        const key = name.replace(/^.*[/#]/, '');
        const prev = obj[key];
        obj[key] = prev === undefined ? value : [...asList(prev), value];
      }
    }
    return obj;
  };
  const docs: unknown[] = [];
  for (let i = 0; i < scopes.length && docs.length < MICRODATA_MAX_ITEMS; i++) {
    const s = scopes[i];
    if (s && !s.hasAttribute('itemprop')) docs.push(build(s, 0));
  }
  return docs;
}
