import { createHash } from 'node:crypto';

/** Text or an attribute value made safe for XML; characters XML 1.0 forbids are dropped, never passed on. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A GUID derived from a key: the same theme gets the same GUID in codebook.qdc and project.qdpx, so a
 * tool that opens both sees one code. Keys of stories are per-export pseudonyms, so their GUIDs are too.
 */
export function guidFor(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
