import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { api, ApiError, readJson } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { StaffLayout } from '../staff-layout.tsx';
import { RadioGroup } from './radio-group.tsx';
import {
  askerLabels,
  type AskerRole,
  type Channel,
  channelLabels,
  formatDutchDate,
  type Outcome,
  outcomeLabels,
  parseDutchDate,
  type SectorChoice,
  sectorLabels,
  todayDutch,
} from './signal-labels.ts';
import { maxThemes, ThemePicker } from './theme-picker.tsx';
import { useStaffOptions } from './use-staff-options.ts';

type FieldErrors = Partial<
  Record<'signalledOn' | 'channel' | 'askerRole' | 'sector' | 'schoolId' | 'themes' | 'outcome' | 'note', string>
>;

/** The steunpunt's quick entry: keyboard only, about 30 seconds, nothing that invites a name. */
export function SignalEntryPage() {
  const { themes, organisations, schoolsUnder, error: loadError } = useStaffOptions(['steunpunt']);
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState(todayDutch);
  const [channel, setChannel] = useState<Channel>('telefoon');
  const [askerRole, setAskerRole] = useState<AskerRole>('ouder');
  const [sector, setSector] = useState<SectorChoice>('');
  const [schoolId, setSchoolId] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<Outcome>('beantwoord');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const dateInput = useRef<HTMLInputElement>(null);

  const organisationSlug = organisation || organisations[0]?.slug || '';
  const schools = schoolsUnder(organisationSlug).filter((s) => sector === '' || s.sector === sector);
  useEffect(() => dateInput.current?.focus(), [themes]);

  /** A field's message goes as soon as the field is right; the summary goes with the last message. */
  function fixed(field: keyof FieldErrors) {
    setErrors((current) => {
      if (!current[field]) return current;
      const { [field]: _gone, ...rest } = current;
      if (Object.keys(rest).length === 0) setStatus((s) => (s.startsWith('Niet opgeslagen') ? '' : s));
      return rest;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Enter saves from every field (radio groups and the school list too), not only from text inputs.
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.tagName === 'BUTTON' || target.tagName === 'A') return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const signalledOn = parseDutchDate(date);
    const found: FieldErrors = {};
    if (!signalledOn) found.signalledOn = 'Vul een datum in als dd-mm-jjjj.';
    if (selected.length === 0) found.themes = 'Kies minstens één thema.';
    setErrors(found);
    if (Object.keys(found).length || !signalledOn) {
      setStatus('Niet opgeslagen: verbeter de gemarkeerde velden.');
      return;
    }
    setBusy(true);
    try {
      const saved = await readJson(
        await api.signals.$post({
          json: {
            organisation: organisationSlug,
            signalledOn,
            channel,
            askerRole,
            sector: sector || undefined,
            schoolId: schoolId ? Number(schoolId) : undefined,
            themes: selected,
            outcome,
            note: note.trim() || undefined,
          },
        }),
      );
      // Channel and sector stay: a steunpunt often enters several questions from one channel in a row.
      setDate(todayDutch());
      setAskerRole('ouder');
      setSchoolId('');
      setSelected([]);
      setOutcome('beantwoord');
      setNote('');
      setSavedCount(savedCount + 1);
      // The count makes two identical saves read as two announcements.
      setStatus(
        `Opgeslagen (${savedCount + 1} deze sessie): signaal van ${formatDutchDate(saved.signalledOn)}${saved.note ? `, notitie: ${saved.note}` : ''}.`,
      );
      dateInput.current?.focus();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'validation_failed' && e.details && typeof e.details === 'object') {
        const details = e.details as Record<string, string[]>;
        setErrors(Object.fromEntries(Object.entries(details).map(([field, messages]) => [field, messages.join(' ')])));
      }
      setStatus(`Niet opgeslagen: ${e instanceof ApiError ? e.message : 'de server geeft geen antwoord.'}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <StaffLayout title="Signaal registreren">
      <p>
        Registreer een vraag anoniem. <Link to="/staff/signalen/overzicht">Naar het overzicht</Link>
      </p>
      {loadError && (
        <p role="alert" className="error">
          {loadError}
        </p>
      )}
      <p role="status" className={status.startsWith('Opgeslagen') ? 'notice' : status ? 'error' : 'visually-hidden'}>
        {status}
      </p>
      {themes && (
        <form className="card signal-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
          {organisations.length > 1 && (
            <div className="field">
              <label htmlFor="signal-organisation">Organisatie</label>
              <select
                id="signal-organisation"
                value={organisationSlug}
                onChange={(e) => setOrganisation(e.target.value)}
              >
                {organisations.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="signal-date">Datum (dd-mm-jjjj)</label>
            <input
              id="signal-date"
              ref={dateInput}
              value={date}
              onChange={(e) => {
                setDate(e.target.value);
                if (parseDutchDate(e.target.value)) fixed('signalledOn');
              }}
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={errors.signalledOn ? true : undefined}
              aria-describedby={errors.signalledOn ? 'signal-date-error' : undefined}
            />
            {errors.signalledOn && (
              <p id="signal-date-error" className="field-error">
                {errors.signalledOn}
              </p>
            )}
          </div>
          <RadioGroup
            name="channel"
            legend="Kanaal"
            labels={channelLabels}
            value={channel}
            onChange={setChannel}
            error={errors.channel}
          />
          <RadioGroup
            name="askerRole"
            legend="Wie vroeg?"
            labels={askerLabels}
            value={askerRole}
            onChange={setAskerRole}
            error={errors.askerRole}
          />
          <RadioGroup
            name="sector"
            legend="Sector"
            labels={sectorLabels}
            value={sector}
            onChange={(value) => {
              setSector(value);
              setSchoolId('');
            }}
            error={errors.sector}
          />
          <div className="field">
            <label htmlFor="signal-school">School (niet verplicht)</label>
            <select
              id="signal-school"
              value={schoolId}
              onChange={(e) => {
                setSchoolId(e.target.value);
                const school = schools.find((s) => String(s.id) === e.target.value);
                if (school) setSector(school.sector);
              }}
              aria-describedby={errors.schoolId ? 'signal-school-error' : undefined}
            >
              <option value="">Geen school of onbekend</option>
              {schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.sector})
                </option>
              ))}
            </select>
            {errors.schoolId && (
              <p id="signal-school-error" className="field-error">
                {errors.schoolId}
              </p>
            )}
          </div>
          <ThemePicker
            themes={themes}
            selected={selected}
            onChange={(next) => {
              setSelected(next);
              if (next.length > 0) fixed('themes');
            }}
            onLimit={() => setStatus(`Kies hoogstens ${maxThemes} thema's; zet er eerst één uit.`)}
            error={errors.themes}
          />
          <RadioGroup
            name="outcome"
            legend="Uitkomst"
            labels={outcomeLabels}
            value={outcome}
            onChange={setOutcome}
            error={errors.outcome}
          />
          <div className="field">
            <label htmlFor="signal-note">Korte notitie (niet verplicht)</label>
            <p id="signal-note-hint" className="muted hint">
              Geen namen, telefoonnummers of adressen: die worden bij opslaan weggehaald.
            </p>
            <input
              id="signal-note"
              value={note}
              maxLength={500}
              autoComplete="off"
              onChange={(e) => setNote(e.target.value)}
              aria-describedby={errors.note ? 'signal-note-hint signal-note-error' : 'signal-note-hint'}
            />
            {errors.note && (
              <p id="signal-note-error" className="field-error">
                {errors.note}
              </p>
            )}
          </div>
          <button type="submit" disabled={busy}>
            {busy ? 'Bezig…' : 'Opslaan (Enter)'}
          </button>
        </form>
      )}
    </StaffLayout>
  );
}
