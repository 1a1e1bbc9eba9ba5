import { speechLanguage, type PageLocale } from './i18n/index.ts';
import { useLocale } from './locale.tsx';

/** Whether this browser can speak; without it the read-aloud buttons are not shown at all. */
export function canReadAloud(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

/** Speaks a text with a voice for the locale (nl-NL for Dutch), stopping whatever was being read. */
export function readAloud(text: string, locale: PageLocale): void {
  if (!canReadAloud()) return;
  const synthesis = window.speechSynthesis;
  synthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = speechLanguage[locale];
  const voices = synthesis.getVoices();
  const wanted = utterance.lang.toLowerCase();
  const voice =
    voices.find((v) => v.lang.replace('_', '-').toLowerCase() === wanted) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(locale));
  if (voice) utterance.voice = voice;
  // Slightly slower than normal: the buttons are for people who read with difficulty.
  utterance.rate = 0.9;
  synthesis.speak(utterance);
}

export function ReadAloudButton({ text, describedBy }: { text: string; describedBy?: string }) {
  const { locale, t } = useLocale();
  if (!canReadAloud()) return null;
  return (
    <button type="button" className="read-aloud" aria-describedby={describedBy} onClick={() => readAloud(text, locale)}>
      <span aria-hidden="true">🔊</span> {t.readAloud}
    </button>
  );
}
