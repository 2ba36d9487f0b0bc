import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import type { JsonValue } from '../../electron/core/exchange/importers/json';
import { createJsonStreamReader } from '../../electron/core/exchange/importers/jsonStream';

/** Feeds `text` to a reader in the given pieces and puts the document back together from its calls. */
function readInPieces(text: string, cuts: number[]): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = {};
  const reader = createJsonStreamReader('test.json', 'jrnl', {
    item(list, index, value) {
      // Own keys only: a key such as "toString" must not find Object.prototype's.
      const items = (Object.hasOwn(data, list) ? data[list] : (data[list] = [])) as JsonValue[];
      expect(index).toBe(items.length);
      items.push(value);
    },
    field(key, value) {
      data[key] = value;
    },
  });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  reader.push(text.slice(from));
  reader.end();
  return data;
}

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof ChronicleError) return error.message;
    throw error;
  }
  throw new Error('it was not refused');
}

// JSON values without "__proto__" keys (the reader refuses those, as the importers always have).
const value = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"__proto__"'));
const documentArb = fc.dictionary(
  fc.string().filter((k) => k !== '__proto__'),
  fc.oneof(value, fc.array(value)),
) as fc.Arbitrary<Record<string, JsonValue>>;

describe('reading a JSON export in a stream', () => {
  it('gives back exactly what JSON.parse reads, however the text is cut into pieces and spaced', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(undefined, 2, '\t'), fc.array(fc.nat()), (document, space, cuts) => {
        const text = JSON.stringify(document, null, space);
        expect(
          readInPieces(
            text,
            cuts.map((c) => c % (text.length + 1)),
          ),
        ).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any text cut short, saying it was cut off', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(), (document, cut) => {
        const text = JSON.stringify(document);
        const shorter = text.slice(0, cut % text.length);
        fc.pre(shorter.trim() !== '');
        expect(refusal(() => readInPieces(shorter, []))).toBe(
          'test.json is not valid JSON: the file ends in the middle of the data, so it was probably cut off while copying or saving.',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('points at the line and column of a mistake inside an item', () => {
    const text = '{\n  "entries": [\n    {"date": "2019-03-04"},\n    {"date": "2019-03-05", "starred": flase}\n  ]\n}\n';
    expect(refusal(() => readInPieces(text, [30, 31, 60]))).toBe("test.json is not valid JSON: unexpected token 'l' (line 4, column 40).");
  });

  it('points at a mistake between items', () => {
    expect(refusal(() => readInPieces('{"entries": [{}\n {}]}', []))).toBe(
      'test.json is not valid JSON: expected "," or "]" but found "{" (line 2, column 2).',
    );
    expect(refusal(() => readInPieces('{"entries": [{},]}', []))).toBe(
      'test.json is not valid JSON: expected a value but found "]" (line 1, column 17).',
    );
    expect(refusal(() => readInPieces('{"a": 1} x', []))).toBe(
      'test.json is not valid JSON: there is more after the end of the data (line 1, column 10).',
    );
  });

  it('refuses a list at the top, a key written twice, and a "__proto__" key anywhere', () => {
    expect(refusal(() => readInPieces('[{"date": "2019-03-04"}]', []))).toBe(
      'test.json is not a jrnl export: it should hold an object with "entries", not a list.',
    );
    expect(refusal(() => readInPieces('{"entries": [], "entries": []}', []))).toBe(
      'test.json is not valid JSON: the key "entries" appears twice at the top level (line 1, column 17).',
    );
    expect(refusal(() => readInPieces('{"entries": [{"tags": {"__proto__": {"x": 1}}}]}', []))).toBe(
      'test.json has a "__proto__" key at entries[0].tags.__proto__; no journal export writes one, so Chronicle refuses the file for safety.',
    );
    // Spelled with escapes, it is the same key to JSON.parse.
    expect(refusal(() => readInPieces('{"entries": [{"\\u005f_proto__": {}}]}', [20]))).toBe(
      'test.json has a "__proto__" key at entries[0].__proto__; no journal export writes one, so Chronicle refuses the file for safety.',
    );
  });
});
