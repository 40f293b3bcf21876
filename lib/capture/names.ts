import {
  GIVEN_NAMES_EN,
  GIVEN_NAMES_RU,
  HONORIFICS,
  NAME_SUFFIXES,
  NON_NAME_WORDS,
  TITLE_WORDS_EN,
  TITLE_WORDS_RU,
} from './lexicon';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// \b does not work for Cyrillic in JS, so word edges are spelled out with \p{L}.
const TITLE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...TITLE_WORDS_EN, ...TITLE_WORDS_RU].map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** A short line naming a role: "Chief Financial Officer", "Генеральный директор", "VP, Sales". */
export function isJobTitle(line: string): boolean {
  const s = line.trim();
  if (s.length < 2 || s.length > 90 || s.includes('@') || /https?:|www\./i.test(s)) return false;
  if ((s.match(/\d/g) ?? []).length > 2) return false;
  if (s.split(/\s+/).length > 10) return false;
  // A sentence ("Our director will call you back.") is prose, not a title.
  if (/[.!?]$/.test(s) && !/\b(?:sr|jr|inc|co)\.$/i.test(s) && s.split(/\s+/).length > 3) return false;
  return TITLE_RE.test(s);
}

export type NameEvidence = 'strong' | 'shape';

export interface NameMatch {
  name: string;
  title: string | null;
  evidence: NameEvidence;
}

const EN_TOKEN = /^(?:[A-Z][a-zà-öø-ÿ]*(?:[A-Z][a-zà-öø-ÿ]+)?|O['’][A-Z][a-z]+)(?:[-'’][A-Z]?[a-zà-öø-ÿ]+)*$/u;
const EN_CAPS = /^[A-Z]{2,}(?:-[A-Z]{2,})?$/;
const INITIAL = /^[A-Z]\.$/;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'del', 'della', 'di', 'la', 'le', 'du', 'bin', 'al']);
const RU_TOKEN = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/u;
const RU_CAPS = /^[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?$/u;
const PATRONYMIC = /^[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ична|инична|овна|евна)$/u;

function bare(token: string): string {
  return token.toLowerCase().replace(/[.,]/g, '');
}

/**
 * Reads a whole string as a person's name: "Dr. Jane Q. Smith, MD", "Иванов Иван Иванович",
 * "Анна Смирнова". Returns the name as written (honorifics and letters after it dropped) and how
 * sure it is: `strong` with a known given name, an honorific, a suffix or a patronymic, `shape`
 * when only the capitalisation fits (the caller then wants a job title beside it).
 */
export function readName(text: string): { name: string; evidence: NameEvidence } | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length < 3 || s.length > 60 || /[\d@/\\|:;!?"«»()[\]{}<>=+_*#%&]/.test(s)) return null;
  let tokens = s.replace(/,\s*/g, ' , ').split(' ').filter(Boolean);
  let strong = false;
  while (tokens.length > 0 && HONORIFICS.has(bare(tokens[0] ?? ''))) {
    tokens.shift();
    strong = true;
  }
  // Letters after the name, after a comma or not: "Smith, MD", "Smith Jr."
  while (tokens.length > 0) {
    const last = tokens[tokens.length - 1] ?? '';
    if (last === ',' || NAME_SUFFIXES.has(bare(last))) {
      if (last !== ',') strong = true;
      tokens.pop();
    } else break;
  }
  if (tokens.includes(',')) return null;
  if (tokens.length < 2 || tokens.length > 4) return null;
  const cyr = tokens.every((t) => /[А-ЯЁа-яё]/u.test(t));
  if (cyr) {
    if (!tokens.every((t) => RU_TOKEN.test(t) || RU_CAPS.test(t))) return null;
    const patronymics = tokens.filter((t) => PATRONYMIC.test(t)).length;
    if (patronymics > 1 || (patronymics === 1 && tokens.length !== 3)) return null;
    const given = tokens.some((t, i) => i < 2 && GIVEN_NAMES_RU.has(t.toLowerCase()));
    if (tokens.length > 3) return null;
    return { name: tokens.join(' '), evidence: patronymics === 1 || given ? 'strong' : 'shape' };
  }
  const caps = tokens.every((t) => EN_CAPS.test(t) || INITIAL.test(t));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const isEdge = i === 0 || i === tokens.length - 1;
    if (INITIAL.test(t)) {
      if (i === tokens.length - 1) return null;
      continue;
    }
    if (!isEdge && PARTICLES.has(t)) continue;
    if (!(caps ? EN_CAPS.test(t) : EN_TOKEN.test(t))) return null;
    if (NON_NAME_WORDS.has(t.toLowerCase())) return null;
  }
  const firstReal = tokens.find((t) => !INITIAL.test(t)) ?? '';
  // Three or four capitalised words ("Jerry Rome Nissan", "Julian Bowen Furniture") are a name
  // only with a middle initial, a particle or a known middle name.
  if (tokens.length >= 3) {
    const middle = tokens.slice(1, -1);
    const explained = middle.every((t) => INITIAL.test(t) || PARTICLES.has(t) || GIVEN_NAMES_EN.has(t.toLowerCase()));
    if (!explained) return null;
  }
  if (INITIAL.test(tokens[0] ?? '') && tokens.length < 3) return null;
  if (TITLE_RE.test(tokens.join(' '))) return null;
  if (GIVEN_NAMES_EN.has(firstReal.toLowerCase())) strong = true;
  // All-capitals text is often a heading; only a known given name makes it a name.
  if (caps && !GIVEN_NAMES_EN.has(firstReal.toLowerCase())) return null;
  return { name: tokens.join(' '), evidence: strong ? 'strong' : 'shape' };
}

const ACRONYM_TITLE = /^(?:CEO|CTO|CFO|COO|CMO|CIO|CPO|VP|SVP|EVP|MD)(?![\p{L}])/u;
const TITLE_TAIL = new RegExp(`${TITLE_RE.source.replace('(?![\\p{L}\\p{N}])', '')}(?:[.:)]?$|\\s+(?:of|for|to|in|and|&|at|по|и|в)\\s|,|\\s[-–—]\\s)`, 'iu');

/**
 * A title whose role word is its head ("Senior Vice President", "Director of Sales", "VP Sales"),
 * not a modifier ("Teacher Management", "Lead Abatement", "Chair Glides"): the stricter test used
 * for a line that only stands beside a name.
 */
export function isHeadTitle(line: string): boolean {
  const s = line.trim();
  if (!isJobTitle(s)) return false;
  if (ACRONYM_TITLE.test(s) || TITLE_TAIL.test(s)) return true;
  // "Head of Sales", and Russian titles, whose role word leads: "Руководитель отдела продаж".
  const lead = TITLE_RE.exec(s);
  return !!lead && lead.index === 0 && (/\sof$/i.test(lead[0]) || /[А-ЯЁа-яё]/u.test(lead[0]));
}

const SPLIT = /\s*(?:,|\s[-–—|/]\s|:\s|\s\(|\)\s*$)\s*/u;

/**
 * Reads a line that is a person's name, alone or beside a title: "Jane Smith", "Jane Smith, CEO",
 * "CEO — Jane Smith", "Иванов Иван Иванович, генеральный директор", "Jane Smith (CTO)".
 */
export function readPersonLine(line: string): NameMatch | null {
  const s = line.trim();
  if (s.length < 3 || s.length > 140) return null;
  const whole = readName(s);
  if (whole) return { ...whole, title: null };
  const parts = s.split(SPLIT).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  // The name first, its title after ("Jane Smith, MD, Medical Director" reads the name from
  // as many leading parts as make one).
  for (let n = Math.min(2, parts.length - 1); n >= 1; n--) {
    const head = readName(parts.slice(0, n).join(', '));
    if (!head) continue;
    const rest = parts.slice(n).join(', ');
    if (isJobTitle(rest)) return { ...head, title: rest, evidence: 'strong' };
  }
  const last = parts[parts.length - 1] ?? '';
  const tail = readName(last);
  const lead = parts.slice(0, -1).join(', ');
  // Title first ("CEO — Jane Smith"): only a sure name, since "Engineer, Acme Robotics" has the
  // same shape.
  if (tail && tail.evidence === 'strong' && isJobTitle(lead)) return { ...tail, title: lead };
  return null;
}

/**
 * The same reading over a line's text nodes, for cards whose name and title are inline elements
 * styled as blocks ("<b>Анна Козлова</b><span>Директор по маркетингу</span>"): the first piece is
 * the name, the rest may be its title.
 */
export function readPersonParts(parts: string[]): NameMatch | null {
  const name = readName(parts[0] ?? '');
  if (!name) return null;
  const rest = parts.slice(1).join(' ').trim();
  const title = parts[1] && isJobTitle(parts[1]) ? parts[1] : rest && isJobTitle(rest) ? rest : null;
  return { ...name, title, evidence: title ? 'strong' : name.evidence };
}

/** A line that names a company by its legal form: "Acme, Inc.", "ООО «Ромашка»". */
export function isCompanyLine(line: string): boolean {
  if (line.length > 80 || /[@\d]/.test(line)) return false;
  return /(?:^|\s)(?:ООО|АО|ЗАО|ОАО|ПАО|ИП|НКО|ФГУП)\s|,?\s(?:Inc|LLC|L\.L\.C|Ltd|LLP|GmbH|Corp|Corporation|Co|PLC|LP|Limited)\.?$/u.test(line);
}
