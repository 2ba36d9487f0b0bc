import type { TextSegment } from '../../shared/domain/model';

/** Search matches as <mark>; the text is always text, never HTML. */
export function Highlighted({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</>;
}
