import { mf2 } from 'microformats-parser';
import type { RawEntity } from './structured-data';
import { cleanText } from './text';

type MfProperty = ReturnType<typeof mf2>['items'][number]['properties'][string][number];
type MfRoot = ReturnType<typeof mf2>['items'][number];

const MAX_CARDS = 1000;
const MAX_HTML_CHARS = 2_000_000;

function isRoot(p: MfProperty): p is MfRoot {
  return typeof p === 'object' && 'properties' in p;
}

function valueOf(p: MfProperty): string | null {
  if (typeof p === 'string') return cleanText(p) || null;
  if (isRoot(p)) {
    const v = p.value;
    if (v !== undefined && !isRoot(v)) return valueOf(v);
    return first(p.properties.name);
  }
  if ('html' in p) return cleanText(p.value) || null;
  return p.value ?? null;
}

function first(list: MfProperty[] | undefined): string | null {
  for (const p of list ?? []) {
    const v = valueOf(p);
    if (v) return v.slice(0, 300);
  }
  return null;
}

function all(list: MfProperty[] | undefined): string[] {
  return (list ?? []).map(valueOf).filter((v): v is string => !!v);
}

function adr(props: Record<string, MfProperty[]>, localityOnly: boolean): string | null {
  const nested = (props.adr ?? []).find(isRoot);
  const src = nested ? nested.properties : props;
  const keys = localityOnly
    ? ['locality', 'region', 'country-name']
    : ['street-address', 'extended-address', 'locality', 'region', 'postal-code', 'country-name'];
  const parts = keys.map((k) => first(src[k])).filter((v): v is string => !!v);
  if (parts.length) return parts.join(', ');
  return first(props.adr) ?? first(props.label);
}

function cardToEntity(card: MfRoot): RawEntity | null {
  const p = card.properties;
  const name = first(p.name);
  const orgProp = (p.org ?? [])[0];
  const org = orgProp ? valueOf(orgProp) : null;
  // A vCard whose name is its organisation is the organisation's card (the vCard convention).
  const isOrg = !!name && !!org && name.toLowerCase() === org.toLowerCase();
  if (!name && !org) return null;
  return {
    kind: isOrg || !name ? 'organization' : 'person',
    name: isOrg || !name ? org : name,
    jobTitle: isOrg ? null : first(p['job-title']) ?? first(p.title) ?? first(p.role),
    organization: isOrg ? null : org,
    emails: all(p.email),
    phones: all(p.tel),
    location: adr(p, !isOrg && !!name),
    urls: all(p.url),
    source: 'microformats',
  };
}

/**
 * h-card (v2) and vcard (v1) records. The parser wants HTML text, so only the outermost card
 * elements are serialised, never the whole page.
 */
export function readMicroformats(root: Document | Element, baseUrl: string | undefined): RawEntity[] {
  // Most pages have no cards. The class lookups answer that from Blink's class index (~0 ms on a
  // 5 MB page), where the two-class selector list walks the whole tree (~0.4 ms).
  if (root.getElementsByClassName('h-card').length === 0 && root.getElementsByClassName('vcard').length === 0) return [];
  const found = root.querySelectorAll('.h-card, .vcard');
  if (found.length === 0) return [];
  const html: string[] = [];
  let size = 0;
  for (let i = 0; i < found.length && i < MAX_CARDS; i++) {
    const el = found[i];
    if (!el || el.parentElement?.closest('.h-card, .vcard')) continue;
    const h = el.outerHTML;
    if (size + h.length > MAX_HTML_CHARS) break;
    size += h.length;
    html.push(h);
  }
  let items: MfRoot[];
  try {
    items = mf2(`<div>${html.join('')}</div>`, { baseUrl: baseUrl ?? 'http://localhost/' }).items;
  } catch {
    return [];
  }
  const out: RawEntity[] = [];
  const walk = (list: MfRoot[], depth: number): void => {
    for (const item of list) {
      if (depth > 8) return;
      if ((item.type ?? []).includes('h-card')) {
        const e = cardToEntity(item);
        if (e) out.push(e);
      }
      for (const [key, values] of Object.entries(item.properties)) {
        // A nested card in "org" is the person's company, already read as their organisation.
        if (key !== 'org') walk(values.filter(isRoot), depth + 1);
      }
      walk(item.children ?? [], depth + 1);
    }
  };
  walk(items, 0);
  return out;
}
