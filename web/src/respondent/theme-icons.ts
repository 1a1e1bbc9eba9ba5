import type { ThemeCode, ToneCode } from './i18n/index.ts';

// Icons help a reader who reads with difficulty to find a topic; they are emoji (text, nothing to download)
// and hidden from screen readers, which read the label instead.
export const themeIcons: Record<ThemeCode, string> = {
  ROL: '🤝',
  OVG: '🚪',
  PRV: '🔒',
  TIJD: '🕒',
  VEI: '🛡️',
  COM: '✉️',
  REL: '👂',
  PAS: '🧩',
  GSP: '💬',
  WLB: '🙂',
  THB: '🏠',
  TAAL: '🗣️',
  KOS: '💶',
  ONW: '📚',
};

export const toneIcons: Record<ToneCode, string> = { positief: '😊', gemengd: '😐', negatief: '🙁' };
