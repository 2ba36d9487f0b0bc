import type { EntryKind } from '../../../../shared/domain/model';

/**
 * The small conventions people use inside free text to say "this is the impact", "these are the
 * themes", "this is who was involved". Shared by every importer so a "Impact:" line means the
 * same thing in a brag document, a jrnl entry and a Day One entry.
 */

// "Impact:", "**Result:**", "Outcome -", "→", "->", "=>". Conservative: a label people use for exactly this.
const IMPACT_LABEL =
  /^(?:\*\*|__|\*|_)?(?:impact|result|results|outcome|outcomes|effect)(?:\s*[:：]\s*(?:\*\*|__|\*|_)?|(?:\*\*|__|\*|_)\s*[:：]?\s*|\s+[-–—]\s+)/i;
const IMPACT_ARROW = /^(?:→|->|=>|⇒|⟶)\s*/;
const LIST_MARKER = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+/;

// "(impact: +3% conversion)" or "(result: …)" inside an item.
const INLINE_IMPACT = /\s*\((?:impact|result|outcome)\s*[:：]\s*([^()]*)\)/i;

/**
 * "AUC 0.71 → 0.78", "p99 800ms -> 200ms", "$3k → $1k": an arrow between two measures is a change
 * of value, one fact, never a split between what was done and what came of it.
 */
export function isMeasureArrow(text: string, arrowStart: number, arrowEnd: number): boolean {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, arrowStart - 40), arrowStart))?.[1] ?? '';
  const after = /^\s*(\S+)/.exec(text.slice(arrowEnd, arrowEnd + 40))?.[1] ?? '';
  return /\d/.test(before) && /^[~≈<>+\-−$€£¥]?\d/.test(after);
}

/** The impact text of a line that is labelled as one ("Impact: 3x faster" → "3x faster"), else undefined. */
export function impactFromLabel(line: string): string | undefined {
  const text = line.trim();
  const m = IMPACT_LABEL.exec(text) ?? IMPACT_ARROW.exec(text);
  if (!m) return undefined;
  return text.slice(m[0].length).trim();
}

/**
 * Splits "Shipped X → tests 3x faster", "Shipped X. Impact: tests 3x faster" and
 * "Shipped X, which made the tests 3x faster" into what was done and what happened because of it.
 * Only these explicit shapes: a sentence that merely mentions a number stays whole.
 */
export function splitImpactClause(text: string): { done: string; impact: string } | undefined {
  const inline = INLINE_IMPACT.exec(text);
  if (inline && inline.index > 0) {
    return {
      done: `${text.slice(0, inline.index)}${text.slice(inline.index + inline[0].length)}`.replace(/\s+([.,;])/g, '$1').trim(),
      impact: (inline[1] ?? '').trim(),
    };
  }
  for (const arrow of text.matchAll(/\s*(?:→|->|=>|⇒|⟶)\s*/g)) {
    if (arrow.index === 0 || isMeasureArrow(text, arrow.index, arrow.index + arrow[0].length)) continue;
    return { done: text.slice(0, arrow.index).trim(), impact: text.slice(arrow.index + arrow[0].length).trim() };
  }
  const label = /(?<=[.;!?)]|\s[-–—])\s+(?:\*\*|__)?(?:impact|result|outcome)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?/i.exec(text);
  if (label && label.index > 0) {
    return {
      done: text
        .slice(0, label.index)
        .trim()
        .replace(/\s+[-–—]$/, ''),
      impact: text.slice(label.index + label[0].length).trim(),
    };
  }
  // Julia Evans' own phrasing: "…, which made the tests 3x faster for everyone". A past-tense verb
  // after "which" is what makes it a consequence rather than a description ("which is a service").
  const which = /(?:,|\s[-–—])\s+(which|that)\s+((?:made|meant|cut|led|let|brought|gave|kept|won|saved|took|[a-z]+ed)\b.*)$/i.exec(text);
  if (which && which.index > 0) {
    const consequence = which[2] ?? '';
    return { done: text.slice(0, which.index).trim(), impact: `${consequence.charAt(0).toUpperCase()}${consequence.slice(1)}`.trim() };
  }
  return undefined;
}

/** "Themes: transition, leadership" / "Tags: #infra #quality" → the names, else undefined. */
export function themesFromLabel(line: string): string[] | undefined {
  const m = /^(?:\*\*|__|\*|_)?(?:themes?|tags?)(?:\*\*|__|\*|_)?\s*:\s*(?:\*\*|__|\*|_)?\s*(.*)$/i.exec(
    line.replace(LIST_MARKER, '').trim(),
  );
  if (!m) return undefined;
  return (m[1] ?? '')
    .split(/[,;]|\s+(?=#)/)
    .map((t) =>
      t
        .trim()
        .replace(/^[#@]+/, '')
        .trim(),
    )
    .filter(Boolean);
}

/** "People: Alice, Bob" / "With: Priya" → the names, else undefined. */
export function peopleFromLabel(line: string): string[] | undefined {
  const m = /^(?:\*\*|__|\*|_)?(?:people|with|collaborators?)(?:\*\*|__|\*|_)?\s*:\s*(?:\*\*|__|\*|_)?\s*(.*)$/i.exec(
    line.replace(LIST_MARKER, '').trim(),
  );
  if (!m) return undefined;
  return (m[1] ?? '')
    .split(/,|;|\s+and\s+|\s+&\s+/)
    .map((p) => p.trim().replace(/^@/, ''))
    .filter(Boolean);
}

// Ranges of a line where '#' is not a hashtag: inline code, link targets, autolinks, bare URLs.
function protectedRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  const patterns = [/`+[^`]*`+/g, /\]\([^)]*\)/g, /<[a-z][a-z0-9+.-]*:[^>\s]*>/gi, /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi];
  for (const pattern of patterns) {
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

// A hashtag starts after white space or an opening bracket, has at least one letter ("#123" is an
// issue number, "C#" is a language) and does not end in punctuation ("#infra." → "infra").
const HASHTAG = /(?<=^|[\s([{,;])#([\p{L}\p{N}_](?:[\p{L}\p{N}_\-/.]*[\p{L}\p{N}_])?)/gu;
// The same shape after another tag symbol: jrnl's '@' (or whatever its config says).
const TAG_PATTERNS = new Map<string, RegExp>([['#', HASHTAG]]);

function tagPattern(symbol: string): RegExp {
  let pattern = TAG_PATTERNS.get(symbol);
  if (!pattern) {
    pattern = new RegExp(HASHTAG.source.replace('#', symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'gu');
    TAG_PATTERNS.set(symbol, pattern);
  }
  return pattern;
}

interface HashtagHit {
  start: number;
  end: number;
  name: string;
}

function hashtagsIn(line: string, symbol: string): HashtagHit[] {
  const ranges = protectedRanges(line);
  const hits: HashtagHit[] = [];
  const pattern = tagPattern(symbol);
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const start = m.index;
    const name = m[1] ?? '';
    if (!/\p{L}/u.test(name)) continue;
    if (ranges.some(([a, b]) => start >= a && start < b)) continue;
    hits.push({ start, end: start + m[0].length, name });
  }
  return hits;
}

// "in #eng", "posted to #incidents": after these words a hashtag names a chat channel, which is
// part of the sentence, not a theme.
// Words a sentence does not end on: a tag after one of them is the sentence's last word.
const SENTENCE_GOES_ON =
  /(?:^|\s)(?:for|of|the|a|an|with|by|about|and|or|our|my|your|their|his|her|its|this|that|these|those|than|as|like)\s+$/i;
const CHANNEL_BEFORE = /(?:^|\s)(?:in|on|to|into|via|from|at|across|over|through)\s+$/i;

/**
 * Takes the #hashtags out of one line of text. Tags standing apart at the start or end of the line
 * ("#infra Shipped X #quality") are removed; a tag inside a sentence ("improved #search latency")
 * keeps its word and loses only the '#', so the sentence still reads; a channel named in prose
 * ("asked in #eng") stays exactly as written and is not a theme. `symbol` reads tags written with
 * another symbol the same way (jrnl's "@work"), channels aside. Linear in the line's length:
 * whether a tag stands apart is read from one pass over the gaps between tags.
 */
export function takeHashtags(line: string, symbol = '#'): { text: string; themes: string[] } {
  const found = hashtagsIn(line, symbol);
  // Only '#' names chat channels; jrnl's "in @work" is a tag like any other.
  const hits = symbol === '#' ? found.filter((hit) => !CHANNEL_BEFORE.test(line.slice(Math.max(0, hit.start - 12), hit.start))) : found;
  if (hits.length === 0) return { text: line, themes: [] };
  const gapIsEmpty = (from: number, to: number): boolean => /^[\s.,;:!?]*$/.test(line.slice(from, to));
  // apartBefore[i]: only tags and punctuation before hit i; apartAfter[i]: only tags after it.
  const apartBefore: boolean[] = [];
  let before = true;
  for (let i = 0; i < hits.length; i += 1) {
    const hit = hits[i] as HashtagHit;
    before = before && gapIsEmpty(i === 0 ? 0 : (hits[i - 1] as HashtagHit).end, hit.start);
    apartBefore.push(before);
  }
  const apartAfter: boolean[] = new Array<boolean>(hits.length).fill(false);
  let after = true;
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const hit = hits[i] as HashtagHit;
    after = after && gapIsEmpty(hit.end, i === hits.length - 1 ? line.length : (hits[i + 1] as HashtagHit).start);
    apartAfter[i] = after;
  }
  // "Shipped the checklist for #work #q3": a sentence cannot end on "for", so the first tag of the
  // closing run is its last word (kept, without '#'); the tags after it stand apart.
  const closing = hits.findIndex((hit, i) => apartAfter[i] && !apartBefore[i] && hit.start > 0);
  if (
    closing >= 0 &&
    SENTENCE_GOES_ON.test(line.slice(Math.max(0, (hits[closing] as HashtagHit).start - 12), (hits[closing] as HashtagHit).start))
  )
    apartAfter[closing] = false;
  const parts: string[] = [];
  let cursor = 0;
  hits.forEach((hit, i) => {
    parts.push(line.slice(cursor, hit.start));
    if (!(apartBefore[i] || apartAfter[i])) parts.push(hit.name);
    cursor = hit.end;
  });
  parts.push(line.slice(cursor));
  const text = parts
    .join('')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^\s+|[ \t]+$/g, '')
    .replace(/\s+([.,;:!?])$/, '$1');
  return { text: `${/^\s*/.exec(line)?.[0] ?? ''}${text}`, themes: hits.map((h) => h.name) };
}

// "[modeling]" or "[infra] [perf]" closing a line: themes. Not a checkbox, a link or a footnote.
const TRAILING_BRACKET_TAGS = /(?:\s+\[(?![ xX]\])[\p{L}][\p{L}\p{N} _/&+-]{0,40}\](?![([:]))+\s*$/u;

/** Takes "[tag]" themes closing a line: "Built the scorer [modeling]" → "Built the scorer", ["modeling"]. */
export function takeBracketTags(line: string): { text: string; themes: string[] } {
  const m = TRAILING_BRACKET_TAGS.exec(line);
  if (!m || m.index === 0) return { text: line, themes: [] };
  const themes = [...m[0].matchAll(/\[([^\]]+)\]/g)].map((t) => (t[1] ?? '').trim()).filter((t) => !KIND_WORDS[t.toLowerCase()]);
  if (themes.length === 0) return { text: line, themes: [] };
  return { text: line.slice(0, m.index).trimEnd(), themes };
}

const KIND_WORDS: Record<string, EntryKind> = {
  win: 'accomplishment',
  shipped: 'accomplishment',
  done: 'accomplishment',
  learned: 'learning',
  learnt: 'learning',
  learning: 'learning',
  til: 'learning',
  lesson: 'learning',
  shoutout: 'kudos',
  'shout-out': 'kudos',
  kudos: 'kudos',
  praise: 'kudos',
  thanks: 'kudos',
};

// "[win] …", "TIL: …", "**Learned:** …", "Shoutout: …" opening an item. Kudos with a "from X" are
// read by the kudos label, which also finds the person.
const KIND_MARKER =
  /^(?:\[(win|shipped|learned|learnt|learning|til|lesson|shout-?out|kudos|praise)\]\s*[:\-–—]?\s*|(?:\*\*|__)?(TIL|Learned|Learnt|Lesson|Win|Shout-?out)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*)/i;

// "Got a shout-out in the all-hands from…", "Thanked by the SRE lead for…": praise the author received,
// told as a sentence rather than marked. Kept as written; only the kind changes.
const PRAISE_RECEIVED =
  /^(?:(?:i\s+)?(?:got|received|earned)\s+(?:a\s+|an\s+|some\s+|public\s+)*(?:shout-?outs?|kudos|praise|recognition|thank-you(?:\s+notes?)?)\b|(?:i\s+)?(?:was\s+)?(?:shouted\s+out|thanked|praised|recognized|recognised)\s+(?:by|in|at|during|from)\b)/i;

/** Whether an item opens by saying the author was praised: its kind is kudos. */
export function saysPraiseReceived(text: string): boolean {
  return PRAISE_RECEIVED.test(text.trim());
}

/** The kind a marker at the start of an item sets, and the item without it. */
export function takeKindMarker(text: string): { kind: EntryKind; rest: string } | undefined {
  const m = KIND_MARKER.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  const kind = KIND_WORDS[word];
  if (!kind) return undefined;
  const rest = text.slice(m[0].length);
  return rest.trim() ? { kind, rest } : undefined;
}

/** Splits Markdown into runs of lines inside and outside code fences, so markers are never read from code. */
export function mapOutsideCode(markdown: string, fn: (line: string) => string | undefined): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]?.startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (m) {
      fence = m[1];
      out.push(line);
      continue;
    }
    const mapped = fn(line);
    if (mapped !== undefined) out.push(mapped);
  }
  return out.join('\n');
}

export interface MarkedText {
  text: string;
  impact: string;
  themes: string[];
  people: string[];
}

/**
 * Reads labelled lines out of free-form Markdown (a jrnl or Day One body): "Impact:" and "→"
 * lines become the impact, "Themes:" and "People:" lines become themes and people, and #hashtags
 * become themes. Code blocks are left exactly as they are.
 */
export function takeMarkers(markdown: string): MarkedText {
  const impact: string[] = [];
  const themes: string[] = [];
  const people: string[] = [];
  // While set, more-indented lines belong to the "Impact:" list item above them.
  let impactIndent: number | undefined;
  /** One line outside an impact item: a label is taken out (undefined), tags come off the rest. */
  const textLine = (line: string): string | undefined => {
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    const isListItem = LIST_MARKER.test(line);
    const labelledImpact = impactFromLabel(line.replace(LIST_MARKER, ''));
    if (labelledImpact !== undefined && (labelledImpact !== '' || isListItem)) {
      if (labelledImpact) impact.push(labelledImpact);
      if (isListItem) impactIndent = indent;
      return undefined;
    }
    const labelledThemes = themesFromLabel(line);
    if (labelledThemes) {
      themes.push(...labelledThemes);
      return undefined;
    }
    const labelledPeople = peopleFromLabel(line);
    if (labelledPeople) {
      people.push(...labelledPeople);
      return undefined;
    }
    if (/^\s{0,3}#{1,6}\s/.test(line)) return line; // a heading's '#' is not a tag
    const tagged = takeHashtags(line);
    themes.push(...tagged.themes);
    // A line that held only tags disappears rather than leaving a blank line behind.
    return tagged.themes.length > 0 && tagged.text.trim() === '' ? undefined : tagged.text;
  };
  // Blank lines after it belong to the impact only if an indented line follows them; else to the text.
  let blanks = 0;
  const text = mapOutsideCode(markdown, (line) => {
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    let before = '';
    if (impactIndent !== undefined) {
      if (line.trim() === '') {
        blanks++;
        return undefined;
      }
      if (indent > impactIndent) {
        for (; blanks > 0; blanks--) impact.push('');
        impact.push(line.slice(Math.min(indent, impactIndent + 2)));
        return undefined;
      }
      impactIndent = undefined;
      before = '\n'.repeat(blanks);
      blanks = 0;
    }
    const kept = textLine(line);
    return kept === undefined ? (before ? before.slice(1) : undefined) : `${before}${kept}`;
  });
  return {
    // trimEnd, not trim: the first line's indent is part of a nested list's shape.
    text: text
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .trimEnd(),
    impact: impact.join('\n').trim(),
    themes,
    people,
  };
}
