import { MarkedText } from '../redaction/doubts.tsx';

/** The redacted story with the machine's evidence marked; overlapping spans are merged. */
export function StoryText({ text, spans }: { text: string; spans: { start: number; end: number }[] }) {
  return <MarkedText text={text} doubts={[]} marks={spans} />;
}
