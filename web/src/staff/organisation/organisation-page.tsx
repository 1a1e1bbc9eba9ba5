import { StaffLayout } from '../staff-layout.tsx';

export function OrganisationPage() {
  return <StaffLayout title="Organisatie">{null}</StaffLayout>;
}
