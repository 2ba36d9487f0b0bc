import { ChronicleError } from '../api/errors';

/**
 * Turns what a person types into the search box into an FTS5 expression.
 *
 * The syntax is the one search boxes teach: words (all must match), "a phrase", prefix*,
 * -excluded, `OR` between alternatives, and parentheses. Every word reaches FTS5 quoted, so
 * punctuation such as `code-review` or `C++` can never become FTS5 syntax. Input that cannot
 * mean anything (an unclosed quote, a lone `-`, `NEAR(`) is a `bad_query` error with a message.
 */
export function toFtsExpression(query: string, options: { asYouType?: boolean } = {}): string {
  const tokens = tokenize(query);
  if (options.asYouType) markLastWordAsPrefix(tokens);
  const parser = new Parser(tokens);
  const node = parser.parseQuery();
  return node ? render(node) : '';
}

type Token =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string; prefix: boolean }
  | { kind: 'not' }
  | { kind: 'or' }
  | { kind: 'open' }
  | { kind: 'close' };

type Node =
  { kind: 'term'; text: string; prefix: boolean } | { kind: 'and'; include: Node[]; exclude: Node[] } | { kind: 'or'; options: Node[] };

const MAX_TERMS = 32;
const MIN_PREFIX = 2;
// What the search index counts as part of a word: letters, digits and symbols such as emoji.
const WORDISH = /[\p{L}\p{N}\p{So}\p{Sk}]/u;

function bad(message: string): ChronicleError {
  return new ChronicleError('bad_query', message);
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) throw bad('A quote is not closed: add the closing " or remove the opening one.');
      const prefix = query[end + 1] === '*';
      tokens.push({ kind: 'phrase', text: query.slice(i + 1, end), prefix });
      i = end + 1 + (prefix ? 1 : 0);
    } else if (ch === '(') {
      tokens.push({ kind: 'open' });
      i++;
    } else if (ch === ')') {
      tokens.push({ kind: 'close' });
      i++;
    } else if (ch === '-' && (i === 0 || /[\s(]/.test(query[i - 1] as string))) {
      const next = query[i + 1];
      if (next === undefined || /[\s)]/.test(next)) {
        throw bad('A "-" must be followed by the word to leave out, as in -meeting.');
      }
      tokens.push({ kind: 'not' });
      i++;
    } else {
      let end = i;
      while (end < query.length && !/[\s"()]/.test(query[end] as string)) end++;
      const raw = query.slice(i, end);
      i = end;
      if (raw === 'OR') {
        tokens.push({ kind: 'or' });
        continue;
      }
      const prefix = raw.endsWith('*');
      tokens.push({ kind: 'word', text: prefix ? raw.replace(/\*+$/, '') : raw, prefix });
    }
  }
  return tokens;
}

function markLastWordAsPrefix(tokens: Token[]): void {
  const last = tokens[tokens.length - 1];
  const beforeLast = tokens[tokens.length - 2];
  if (last?.kind === 'word' && beforeLast?.kind !== 'not' && wordLength(last.text) >= 3) {
    last.prefix = true;
  }
}

function wordLength(text: string): number {
  return [...text].filter((c) => WORDISH.test(c)).length;
}

class Parser {
  private position = 0;
  private terms = 0;

  constructor(private readonly tokens: Token[]) {}

  parseQuery(): Node | undefined {
    const node = this.parseOr();
    const rest = this.tokens[this.position];
    if (rest?.kind === 'close') throw bad('There is a ")" without a matching "(".');
    return node;
  }

  private parseOr(): Node | undefined {
    const options: Node[] = [];
    let sawOr = false;
    for (;;) {
      const group = this.parseAnd();
      if (group) options.push(group);
      const next = this.tokens[this.position];
      if (next?.kind !== 'or') break;
      if (!group) throw bad('"OR" needs something to search for on both sides.');
      sawOr = true;
      this.position++;
    }
    if (sawOr && options.length < 2) throw bad('"OR" needs something to search for on both sides.');
    if (options.length === 0) return undefined;
    return options.length === 1 ? options[0] : { kind: 'or', options };
  }

  private parseAnd(): Node | undefined {
    const include: Node[] = [];
    const exclude: Node[] = [];
    for (;;) {
      const token = this.tokens[this.position];
      if (!token || token.kind === 'or' || token.kind === 'close') break;
      let negated = false;
      if (token.kind === 'not') {
        negated = true;
        this.position++;
      }
      const atom = this.parseAtom();
      if (!atom) continue;
      (negated ? exclude : include).push(atom);
    }
    if (include.length === 0 && exclude.length > 0) {
      throw bad('Add a word to look for: a search cannot be only words to leave out.');
    }
    if (include.length === 0) return undefined;
    if (include.length === 1 && exclude.length === 0) return include[0];
    return { kind: 'and', include, exclude };
  }

  private parseAtom(): Node | undefined {
    const token = this.tokens[this.position++];
    if (!token) throw bad('A "-" must be followed by the word to leave out, as in -meeting.');
    switch (token.kind) {
      case 'open': {
        const inner = this.parseOr();
        if (this.tokens[this.position]?.kind !== 'close') {
          throw bad('A parenthesis is not closed: add ")" or remove "(".');
        }
        this.position++;
        return inner;
      }
      case 'word':
      case 'phrase': {
        if (!WORDISH.test(token.text)) {
          if (token.prefix) throw bad(`Type at least ${MIN_PREFIX} letters before "*".`);
          return undefined; // punctuation alone matches nothing and means nothing
        }
        if (token.prefix && wordLength(token.text) < MIN_PREFIX) {
          throw bad(`Type at least ${MIN_PREFIX} letters before "*".`);
        }
        if (++this.terms > MAX_TERMS) throw bad(`A search can have at most ${MAX_TERMS} words.`);
        return { kind: 'term', text: token.text, prefix: token.prefix };
      }
      case 'close':
        throw bad('There is a ")" without a matching "(".');
      case 'not':
        throw bad('A "-" must be followed by the word to leave out, as in -meeting.');
      case 'or':
        throw bad('"OR" needs something to search for on both sides.');
    }
  }
}

function render(node: Node): string {
  switch (node.kind) {
    case 'term':
      return `"${node.text.replace(/"/g, '""')}"${node.prefix ? '*' : ''}`;
    case 'or':
      return node.options.map((o) => `(${render(o)})`).join(' OR ');
    case 'and': {
      const positive = node.include.map((n) => (n.kind === 'term' ? render(n) : `(${render(n)})`)).join(' AND ');
      const withExclusions = node.exclude.reduce(
        (acc, n) => `${acc} NOT ${n.kind === 'term' ? render(n) : `(${render(n)})`}`,
        node.include.length > 1 ? `(${positive})` : positive,
      );
      return withExclusions;
    }
  }
}
