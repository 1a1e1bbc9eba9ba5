// Generalisation hierarchies for k-anonymity: each quasi-identifier climbs from its raw value to '*'.
// Missing values ('') stay missing on every level below the top, so "not answered" is never guessed.

export const SUPPRESSED = '*';
export const MISSING = '';

/** A quasi-identifier's ladder: `levels[0]` names the raw value, the last level is always '*'. */
export interface Hierarchy {
  name: string;
  levels: readonly string[];
  /** The value on `level`; level 0 returns the value itself. */
  generalise: (value: string, level: number) => string;
}

/**
 * A hierarchy from lookup tables, one per step (school → board → swv → region → '*').
 * @example
 * const school = mappedHierarchy('school', ['school', 'bestuur'], [new Map([['11AA', 'Bestuur A']])]);
 * school.generalise('11AA', 1); // 'Bestuur A'
 */
export function mappedHierarchy(
  name: string,
  levels: readonly string[],
  steps: readonly ReadonlyMap<string, string>[],
): Hierarchy {
  if (levels.length !== steps.length + 1) throw new Error(`${name}: give one level name per step plus the raw level`);
  return {
    name,
    levels: [...levels, SUPPRESSED],
    generalise: (value, level) => {
      if (level >= steps.length + 1) return SUPPRESSED;
      let current = value;
      for (let step = 0; step < level && current !== MISSING; step += 1) current = steps[step]?.get(current) ?? MISSING;
      return current;
    },
  };
}

/**
 * Submitted month 'YYYY-MM' → quarter 'YYYY-Qn' → year 'YYYY' → '*'.
 * @example monthHierarchy('month').generalise('2025-11', 1); // '2025-Q4'
 */
export function monthHierarchy(name: string): Hierarchy {
  return {
    name,
    levels: ['maand', 'kwartaal', 'jaar', SUPPRESSED],
    generalise: (value, level) => {
      if (level >= 3) return SUPPRESSED;
      if (level === 0 || value === MISSING) return value;
      const [year = '', month = '1'] = value.split('-');
      return level === 1 ? `${year}-Q${Math.ceil(Number(month) / 3)}` : year;
    },
  };
}

/**
 * A value that is either shown or suppressed (sector, role, a demographic answer).
 * @example valueHierarchy('role').generalise('ouder', 1); // '*'
 */
export function valueHierarchy(name: string): Hierarchy {
  return {
    name,
    levels: ['waarde', SUPPRESSED],
    generalise: (value, level) => (level >= 1 ? SUPPRESSED : value),
  };
}

/**
 * A number in bands that widen level by level (each width a multiple of the one before), then '*'.
 * A value that is not a number stays missing above level 0.
 * @example bandHierarchy('leeftijd', [{ level: '5 jaar', width: 5 }]).generalise('13', 1); // '10-14'
 */
export function bandHierarchy(name: string, bands: readonly { level: string; width: number }[]): Hierarchy {
  return {
    name,
    levels: ['waarde', ...bands.map((band) => band.level), SUPPRESSED],
    generalise: (value, level) => {
      if (level > bands.length) return SUPPRESSED;
      if (level === 0 || value === MISSING) return value;
      const number = Number(value);
      if (!Number.isFinite(number)) return MISSING;
      const width = bands[level - 1]!.width;
      const low = Math.floor(number / width) * width;
      // Whole-number bands read as "10-14"; other widths as a half-open interval.
      return Number.isInteger(width) && Number.isInteger(number)
        ? `${low}-${low + width - 1}`
        : `[${low}, ${low + width})`;
    },
  };
}
