import type { Kysely } from 'kysely';
import { actionsOf } from '../actions/service.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { codingBacklog } from '../coding/consensus.ts';
import { coderRoles } from '../coding/service.ts';
import type { Database, StaffRole } from '../db/database.ts';
import { groupMinimumOf } from '../organisations/settings.ts';
import { todayInAmsterdam } from '../respondents/dates.ts';
import { signalsOf } from '../signals/service.ts';
import { surveyRoles } from '../surveys/service.ts';
import { listWaves, waveDetails } from '../waves/service.ts';

// The staff home gathers what each feature already answers; every figure comes from that feature's own
// service (and so its own scope check), never from a second query here.

const actionRoles: readonly StaffRole[] = ['board', 'researcher', 'admin'];
const signalRoles: readonly StaffRole[] = ['steunpunt', 'researcher', 'board', 'admin'];
const reportRoles: readonly StaffRole[] = ['board', 'researcher', 'admin'];

/** What matters first for this user, per role: open waves, coding backlog, actions due, signals, the report. */
export async function homeOf(db: Kysely<Database>, user: SessionUser, installationMinimum: number) {
  const today = todayInAmsterdam();
  const year = Number(today.slice(0, 4));
  const ids = [...new Set(user.memberships.map((m) => m.organisationId))];
  const organisations = ids.length
    ? await db.selectFrom('organisations').select(['id', 'slug', 'name']).where('id', 'in', ids).execute()
    : [];
  /** The first organisation the user holds as a whole with one of these roles. */
  const firstWith = (roles: readonly StaffRole[]) => {
    const membership = user.memberships.find((m) => m.schoolId === null && roles.includes(m.role));
    return organisations.find((o) => o.id === membership?.organisationId);
  };

  const surveyOrganisation = firstWith(surveyRoles);
  const codingOrganisation = firstWith(coderRoles);
  const actionOrganisation = firstWith(actionRoles);
  const signalOrganisation = firstWith(signalRoles);
  const reportOrganisation = firstWith(reportRoles);

  const waves = surveyOrganisation
    ? await openWaves(db, user, surveyOrganisation.slug, today, installationMinimum)
    : null;
  const coding = codingOrganisation
    ? { organisation: codingOrganisation.name, ...(await codingBacklog(db, user, codingOrganisation.slug)) }
    : null;
  const actions = actionOrganisation ? await openActions(db, user, actionOrganisation, today) : null;
  const signals = signalOrganisation
    ? await signalsOf(db, user, { organisation: signalOrganisation.slug, page: 1, pageSize: 5 }).then((s) => ({
        organisation: signalOrganisation.name,
        total: s.total,
        recent: s.signals.map(({ id, signalledOn, channel, askerRole, school, themes, outcome }) => ({
          id,
          signalledOn,
          channel,
          askerRole,
          school: school?.name ?? null,
          themes,
          outcome,
        })),
      }))
    : null;
  const report = reportOrganisation
    ? { organisation: reportOrganisation.slug, organisationName: reportOrganisation.name, year }
    : null;
  const schoolIds = user.memberships.flatMap((m) => (m.role === 'school' && m.schoolId !== null ? [m.schoolId] : []));
  const schools = schoolIds.length
    ? await db.selectFrom('schools').select(['id', 'name']).where('id', 'in', schoolIds).orderBy('name').execute()
    : [];
  return { name: user.name, today, waves, coding, actions, signals, report, schools };
}

async function openWaves(
  db: Kysely<Database>,
  user: SessionUser,
  slug: string,
  today: string,
  installationMinimum: number,
) {
  const minimum = await groupMinimumOf(db, slug, installationMinimum);
  const open = (await listWaves(db, user, slug)).filter((w) => w.opensOn <= today && today <= w.closesOn);
  const details = await Promise.all(open.map((w) => waveDetails(db, user, w.id)));
  return {
    minimum,
    open: details.map((wave) => ({
      id: wave.id,
      name: wave.name,
      audience: wave.audience,
      closesOn: wave.closesOn,
      complete: wave.schools.reduce((sum, s) => sum + s.complete, 0),
      // Fewest answers first: the schools that still need a reminder are what matters.
      schools: wave.schools
        .filter((s) => s.linkCode !== null || s.complete > 0)
        .map((s) => ({ id: s.id, name: s.name, complete: s.complete, partial: s.partial }))
        .sort((a, b) => a.complete - b.complete || a.name.localeCompare(b.name, 'nl')),
    })),
  };
}

async function openActions(
  db: Kysely<Database>,
  user: SessionUser,
  organisation: { slug: string; name: string },
  today: string,
) {
  const { actions } = await actionsOf(db, user, { organisation: organisation.slug });
  const open = actions
    .filter((a) => a.status === 'gepland' || a.status === 'bezig')
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.id - b.id);
  return {
    organisation: organisation.name,
    open: open.length,
    overdue: open.filter((a) => a.dueOn !== null && a.dueOn < today).length,
    due: open.slice(0, 5).map((a) => ({ id: a.id, title: a.title, status: a.status, dueOn: a.dueOn, year: a.year })),
  };
}
