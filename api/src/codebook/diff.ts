/** A theme as two codebook versions are compared: by code, then label and description. */
export interface ComparedTheme {
  code: string;
  label: string;
  description: string;
}

export interface CodebookDiff {
  added: ComparedTheme[];
  removed: ComparedTheme[];
  changed: { code: string; before: ComparedTheme; after: ComparedTheme }[];
  unchanged: string[];
}

/** What a draft changes against the active version, theme by theme (matched on their code). */
export function diffCodebooks(
  activeThemes: readonly ComparedTheme[],
  draftThemes: readonly ComparedTheme[],
): CodebookDiff {
  // Only what is compared goes out, whatever else the rows carry.
  const pick = ({ code, label, description }: ComparedTheme): ComparedTheme => ({ code, label, description });
  const active = activeThemes.map(pick);
  const draft = draftThemes.map(pick);
  const before = new Map(active.map((t) => [t.code, t]));
  const after = new Map(draft.map((t) => [t.code, t]));
  const diff: CodebookDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const theme of draft) {
    const old = before.get(theme.code);
    if (!old) diff.added.push(theme);
    else if (old.label !== theme.label || old.description !== theme.description)
      diff.changed.push({ code: theme.code, before: old, after: theme });
    else diff.unchanged.push(theme.code);
  }
  diff.removed = active.filter((t) => !after.has(t.code));
  return diff;
}
