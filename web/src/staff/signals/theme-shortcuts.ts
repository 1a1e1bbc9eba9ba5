/**
 * One letter per theme, for toggling it from the keyboard: the first free letter of its code, then of its
 * label, so OVG gets O and REL (R taken by ROL) gets E. Stable as long as the codebook order is.
 */
export function themeShortcuts(themes: readonly { code: string; label: string }[]): Map<string, string> {
  const taken = new Set<string>();
  const shortcuts = new Map<string, string>();
  for (const theme of themes) {
    const letters = `${theme.code}${theme.label}`.toUpperCase().replace(/[^A-Z]/g, '');
    const letter =
      [...letters].find((l) => !taken.has(l)) ?? [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !taken.has(l));
    if (letter === undefined) continue;
    taken.add(letter);
    shortcuts.set(theme.code, letter);
  }
  return shortcuts;
}
