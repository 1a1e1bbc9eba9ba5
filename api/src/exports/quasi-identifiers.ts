import {
  bandHierarchy,
  type Hierarchy,
  mappedHierarchy,
  monthHierarchy,
  valueHierarchy,
} from '@klankbord/analysis/disclosure';
import { type RawBuilder, sql } from 'kysely';
import type { ExportQuestion } from './export-variables.ts';
import type { SchoolPlace } from '../organisations/school-places.ts';
import type { ExportWave } from './queries.ts';

/** One quasi-identifier column: how SQL reads it, how a row's value becomes its raw text, its hierarchy. */
export interface QuasiIdentifierColumn {
  name: string;
  description: string;
  hierarchy: Hierarchy;
  select: RawBuilder<unknown>;
  raw: (value: unknown) => string;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function schoolHierarchy(places: Map<number, SchoolPlace>): Hierarchy {
  const toBoard = new Map<string, string>();
  const toSwv = new Map<string, string>();
  const toRegion = new Map<string, string>();
  for (const place of places.values()) {
    toBoard.set(place.label, place.board);
    toSwv.set(place.board, place.swv);
    toRegion.set(place.swv, place.region);
  }
  return mappedHierarchy('school', ['school', 'bestuur', 'swv', 'regio'], [toBoard, toSwv, toRegion]);
}

/**
 * A question's ladder: the steps its definition declares (groups, or bands for a number); a scale
 * without steps into its lower part, middle and upper part (1-2, 3, 4-5); anything else value → '*'.
 */
export function questionHierarchy(question: ExportQuestion | undefined, name: string): Hierarchy {
  const steps = question?.generalise ?? [];
  if (steps.length > 0) {
    const bands = steps.flatMap((step) => ('width' in step ? [step] : []));
    if (bands.length === steps.length) return bandHierarchy(name, bands);
    const maps = steps.map(
      (step) =>
        new Map(
          Object.entries('groups' in step ? step.groups : {}).flatMap(([group, members]) =>
            members.map((member) => [String(member), group] as const),
          ),
        ),
    );
    return mappedHierarchy(name, ['waarde', ...steps.map((step) => step.level)], maps);
  }
  if (question?.kind === 'likert' && question.values.length >= 4) {
    const values = [...question.values].map(Number).sort((a, b) => a - b);
    const half = Math.floor(values.length / 2);
    const parts = [values.slice(0, half), values.slice(half, values.length - half), values.slice(values.length - half)];
    const part = new Map(
      parts
        .filter((members) => members.length > 0)
        .flatMap((members) => {
          const label = members.length > 1 ? `${members[0]}-${members.at(-1)}` : String(members[0]);
          return members.map((member) => [String(member), label] as const);
        }),
    );
    return mappedHierarchy(name, ['waarde', 'schaaldeel'], [part]);
  }
  return valueHierarchy(name);
}

/** The columns of the chosen quasi-identifiers (names already validated), in the order given. */
export function quasiIdentifierColumns(
  names: readonly string[],
  waves: readonly ExportWave[],
  questions: readonly ExportQuestion[],
  places: Map<number, SchoolPlace>,
): QuasiIdentifierColumn[] {
  const waveLabels = new Map(
    waves.map((w) => [w.id, waves.filter((o) => o.name === w.name).length > 1 ? `${w.name} (${w.id})` : w.name]),
  );
  return names.map((name): QuasiIdentifierColumn => {
    switch (name) {
      case 'school':
        return {
          name,
          description: 'School (BRIN), zo nodig gegeneraliseerd naar bestuur, samenwerkingsverband of regio',
          hierarchy: schoolHierarchy(places),
          select: sql`r.school_id`,
          raw: (id) => (typeof id === 'number' ? (places.get(id)?.label ?? '') : ''),
        };
      case 'sector':
        return {
          name,
          description: 'Sector van de school (po, vo, so, sbo, mbo)',
          hierarchy: valueHierarchy(name),
          select: sql`r.school_id`,
          raw: (id) => (typeof id === 'number' ? (places.get(id)?.sector ?? '') : ''),
        };
      case 'role':
        return {
          name,
          description: 'Rol: ouder of jongere',
          hierarchy: valueHierarchy(name),
          select: sql`r.role`,
          raw: text,
        };
      case 'locale':
        return {
          name,
          description: 'Taal van de vragenlijst',
          hierarchy: valueHierarchy(name),
          select: sql`r.locale`,
          raw: text,
        };
      case 'submitted_month':
        return {
          name,
          description: 'Maand van insturen (JJJJ-MM), zo nodig kwartaal of jaar',
          hierarchy: monthHierarchy(name),
          select: sql`to_char(r.submitted_on, 'YYYY-MM')`,
          raw: text,
        };
      case 'wave':
        return {
          name,
          description: 'Meetronde (golf)',
          hierarchy: valueHierarchy(name),
          select: sql`r.wave_id`,
          raw: (id) => (typeof id === 'number' ? (waveLabels.get(id) ?? '') : ''),
        };
      default: {
        const question = questions.find((q) => q.name === name);
        return {
          name,
          description: question?.title ?? name,
          hierarchy: questionHierarchy(question, name),
          select: sql`r.answers ->> ${sql.lit(name)}`,
          raw: text,
        };
      }
    }
  });
}
