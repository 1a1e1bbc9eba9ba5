import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import {
  type Audience,
  directionOf,
  isPageLocale,
  type PageLocale,
  pageLocales,
  pageTexts,
  type PageTexts,
  textsForAudience,
} from './i18n/index.ts';

interface LocaleState {
  locale: PageLocale;
  t: PageTexts;
  setLocale: (locale: PageLocale) => void;
  /** Parents are addressed as "u", young people as "je" (Dutch); a page sets it once it knows. */
  setAudience: (audience: Audience) => void;
}

const storageKey = 'klankbord.taal';
const LocaleContext = createContext<LocaleState>({
  locale: 'nl',
  t: pageTexts.nl,
  setLocale: () => {},
  setAudience: () => {},
});

// Dutch unless the person chose another language before (kept in localStorage, never a cookie) or the link says ?taal=xx.
function initialLocale(): PageLocale {
  const fromUrl = new URLSearchParams(window.location.search).get('taal');
  if (isPageLocale(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isPageLocale(stored)) return stored;
  } catch {
    // Storage may be blocked; Dutch is fine then.
  }
  return 'nl';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<PageLocale>(initialLocale);
  // Until a page knows who reads it, it speaks as to a parent: "u" is never wrong to an adult.
  const [audience, setAudience] = useState<Audience>('ouder');
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dir = directionOf(locale);
    return () => {
      root.lang = 'nl';
      root.dir = 'ltr';
    };
  }, [locale]);
  const state = useMemo<LocaleState>(
    () => ({
      locale,
      t: textsForAudience(locale, pageTexts[locale], audience),
      setAudience,
      setLocale: (next) => {
        setLocaleState(next);
        try {
          window.localStorage.setItem(storageKey, next);
        } catch {
          // Not remembered; the switch still works on this page.
        }
      },
    }),
    [locale, audience],
  );
  return <LocaleContext.Provider value={state}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** The language buttons; each names its language in that language, so a reader finds their own. */
export function LanguageSwitch() {
  const { locale, t, setLocale } = useLocale();
  return (
    <nav className="language-switch" aria-label={t.languageLabel}>
      <ul>
        {pageLocales.map((code) => (
          <li key={code}>
            <button
              type="button"
              lang={code}
              dir={directionOf(code)}
              aria-pressed={code === locale}
              onClick={() => setLocale(code)}
            >
              {pageTexts[code].languageName}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
