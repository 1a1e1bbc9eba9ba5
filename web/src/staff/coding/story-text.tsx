import type { EvidenceSpan } from './coding-types.ts';

/** The redacted story with the machine's evidence marked; overlapping spans are merged. */
export function StoryText({ text, spans }: { text: string; spans: EvidenceSpan[] }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start), marked: false });
    parts.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <p className="coding-story-text">
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
