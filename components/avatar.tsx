/** Up to two initials of a name: "Ирина Петрова" → "ИП", "Ada" → "A". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...(word ?? '')][0]?.toUpperCase() ?? '').join('');
}

/** A colour picked from the name, so the same person always gets the same circle. */
function hue(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

export function Avatar({ name }: { name: string }) {
  return (
    <span class="avatar" aria-hidden="true" style={{ background: `hsl(${hue(name)} 45% 42%)` }}>
      {initials(name)}
    </span>
  );
}
