import { MarkedText } from '../redaction/doubts.tsx';
import type { EvidenceSpan } from './coding-types.ts';

/** The redacted story with the machine's evidence marked; overlapping spans are merged. */
export function StoryText({ text, spans }: { text: string; spans: EvidenceSpan[] }) {
  return <MarkedText text={text} doubts={[]} marks={spans} />;
}
