import type { ProfileLink, ProfileNetwork } from './types';

interface NetworkRule {
  network: ProfileNetwork;
  hosts: string[];
  /** The path (lower case, no trailing slash) is a profile, not a share button or a post. */
  accept: (path: string, url: URL) => boolean;
}

const first = (path: string): string => path.split('/')[1] ?? '';

/** First path segments that are site features, not accounts. */
const RESERVED: Record<string, Set<string>> = {
  x: new Set(['intent', 'share', 'home', 'search', 'hashtag', 'i', 'explore', 'login', 'signup', 'settings', 'tos', 'privacy', 'widgets.js']),
  facebook: new Set(['sharer', 'sharer.php', 'share', 'share.php', 'dialog', 'plugins', 'tr', 'login', 'login.php', 'help', 'policies', 'privacy', 'events', 'groups', 'watch', 'hashtag', 'photo.php', 'photo', 'story.php']),
  instagram: new Set(['p', 'reel', 'reels', 'explore', 'accounts', 'stories', 'direct', 'about', 'legal']),
  github: new Set(['features', 'about', 'pricing', 'login', 'join', 'site', 'contact', 'topics', 'explore', 'marketplace', 'sponsors', 'orgs', 'settings', 'search', 'collections', 'trending']),
  vk: new Set(['share.php', 'away.php', 'wall', 'video', 'js', 'widget_community.php', 'login', 'feed', 'search', 'im', 'doc', 'photo', 'audio', 'app', 'apps']),
  telegram: new Set(['share', 'joinchat', 'addstickers', 'proxy', 'socks', 'iv', 'setlanguage']),
};

const RULES: NetworkRule[] = [
  { network: 'linkedin', hosts: ['linkedin.com'], accept: (p) => /^\/(?:in|pub|company|school)\/[^/]+/.test(p) },
  { network: 'vk', hosts: ['vk.com', 'vk.ru', 'vkontakte.ru'], accept: (p) => /^\/[\w.]{2,}$/.test(p) && !RESERVED.vk?.has(first(p)) },
  { network: 'telegram', hosts: ['t.me', 'telegram.me', 'telegram.dog'], accept: (p) => /^\/(?:\+)?[\w+]{3,}$/.test(p) && !RESERVED.telegram?.has(first(p)) },
  { network: 'whatsapp', hosts: ['wa.me'], accept: (p) => /^\/\+?\d{6,15}$/.test(p) },
  { network: 'whatsapp', hosts: ['api.whatsapp.com', 'whatsapp.com'], accept: (p, u) => p === '/send' && /\d{6,}/.test(u.searchParams.get('phone') ?? '') },
  { network: 'x', hosts: ['twitter.com', 'x.com'], accept: (p) => /^\/\w{1,15}$/.test(p) && !RESERVED.x?.has(first(p)) },
  { network: 'facebook', hosts: ['facebook.com', 'fb.com'], accept: (p, u) => (p === '/profile.php' ? u.searchParams.has('id') : /^\/[\w.-]{2,}(?:\/)?$/.test(p) && !RESERVED.facebook?.has(first(p))) },
  { network: 'instagram', hosts: ['instagram.com'], accept: (p) => /^\/[\w.]{1,30}$/.test(p) && !RESERVED.instagram?.has(first(p)) },
  { network: 'github', hosts: ['github.com'], accept: (p) => /^\/[A-Za-z0-9-]{1,39}$/.test(p) && !RESERVED.github?.has(first(p)) },
  { network: 'hhru', hosts: ['hh.ru'], accept: (p) => /^\/(?:resume|employer)\/[\w-]+$/.test(p) },
  { network: 'okru', hosts: ['ok.ru', 'odnoklassniki.ru'], accept: (p) => /^\/(?:profile|group)\/[\w-]+$/.test(p) || /^\/[a-z][\w.]{2,}$/.test(p) },
];

function hostMatches(host: string, base: string): boolean {
  return host === base || host.endsWith(`.${base}`);
}

/**
 * Names the network of a profile link and gives its canonical form (https, no query or fragment,
 * no trailing slash). Share buttons, posts and site pages are not profiles: null. Any other
 * http(s) address is a `website`.
 */
export function classifyProfileUrl(url: string): ProfileLink | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  return classifyParsedUrl(u);
}

/**
 * The same for a URL already parsed (the page scan resolves every link once; parsing it again
 * from its href would double the cost). May clear `u.hash`.
 */
export function classifyParsedUrl(u: URL): ProfileLink | null {
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase();
  const path = u.pathname.replace(/\/+$/, '') || '/';
  for (const rule of RULES) {
    if (!rule.hosts.some((h) => hostMatches(host, h))) continue;
    if (!rule.accept(rule.network === 'linkedin' || rule.network === 'hhru' ? path.toLowerCase() : path, u)) return null;
    let canonical = `https://${rule.hosts[0]}${path}`;
    if (rule.network === 'whatsapp' && path === '/send') canonical = `https://wa.me/${(u.searchParams.get('phone') ?? '').replace(/\D/g, '')}`;
    if (rule.network === 'facebook' && path === '/profile.php') canonical = `https://facebook.com/profile.php?id=${u.searchParams.get('id') ?? ''}`;
    if (rule.network === 'x') canonical = `https://x.com${path}`;
    return { network: rule.network, url: canonical };
  }
  u.hash = '';
  return { network: 'website', url: u.href };
}

/** True for profiles of a company rather than a person (LinkedIn company pages, hh.ru employers). */
export function isOrganizationProfile(link: ProfileLink): boolean {
  return /linkedin\.com\/(?:company|school)\/|hh\.ru\/employer\/|ok\.ru\/group\//.test(link.url);
}
