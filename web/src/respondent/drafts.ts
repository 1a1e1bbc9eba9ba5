// What a respondent typed is kept in localStorage (never a cookie) so a closed tab or a lost
// connection loses nothing. Keys are per link code; the values never leave the browser unless sent.
const prefix = 'klankbord.concept.';

export function loadDraft<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(prefix + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(prefix + key, JSON.stringify(value));
  } catch {
    // Private mode or a full storage: typing must keep working, only the safety net is gone.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(prefix + key);
  } catch {
    // Nothing to clear.
  }
}
