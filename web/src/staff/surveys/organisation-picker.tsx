import { useEffect, useState } from 'react';
import { type Api, api, readJson, type ResultOf } from '../../lib/api.ts';

type Organisation = ResultOf<Api['organisations']['$get']>['organisations'][number];

/** The organisations the signed-in user works with. */
function useOrganisations(): Organisation[] | null {
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  useEffect(() => {
    api.organisations
      .$get()
      .then((r) => readJson(r))
      .then((r) => setOrganisations(r.organisations))
      .catch(() => setOrganisations([]));
  }, []);
  return organisations;
}

/** The organisations to choose from and the one chosen (the first, until the user picks another). */
export function useOrganisationChoice() {
  const organisations = useOrganisations();
  const [chosen, setOrganisation] = useState('');
  const organisation = chosen || organisations?.[0]?.slug || '';
  return { organisations, organisation, setOrganisation };
}

export function OrganisationPicker({
  organisations,
  value,
  onChange,
}: {
  organisations: Organisation[];
  value: string;
  onChange: (slug: string) => void;
}) {
  if (organisations.length <= 1) return null;
  return (
    <p>
      <label htmlFor="organisation-picker">Organisatie </label>
      <select id="organisation-picker" value={value} onChange={(e) => onChange(e.target.value)}>
        {organisations.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </p>
  );
}
