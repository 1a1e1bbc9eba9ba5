import type { SessionUser } from '../src/auth/sessions.ts';
import type { StaffRole } from '../src/db/database.ts';

/** The staff member a bench acts as: one role in one organisation, never a row in the users table. */
export function benchUser(organisationId: number, role: StaffRole): SessionUser {
  return {
    id: 0,
    email: 'bench@example.nl',
    name: 'bench',
    mustChangePassword: false,
    memberships: [{ organisationId, schoolId: null, role }],
  };
}
