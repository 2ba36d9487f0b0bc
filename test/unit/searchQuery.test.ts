import { describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { toFtsExpression } from '../../shared/domain/searchQuery';

describe('turning a typed search into an FTS5 expression', () => {
  it.each([
    ['ranking', '"ranking"'],
    ['design doc', '("design" AND "doc")'],
    ['"design doc"', '"design doc"'],
    ['kube*', '"kube"*'],
    ['"feature sto"*', '"feature sto"*'],
    ['ranking -ci', '"ranking" NOT "ci"'],
    ['a b -c -d', '("a" AND "b") NOT "c" NOT "d"'],
    ['meetup OR runbook', '("meetup") OR ("runbook")'],
    ['(meetup OR runbook) kubernetes', '((("meetup") OR ("runbook")) AND "kubernetes")'],
    ['code-review', '"code-review"'],
    ['C++ NEAR AND NOT', '("C++" AND "NEAR" AND "AND" AND "NOT")'],
    ['say "hi"', '("say" AND "hi")'],
    ['', ''],
    ['   ', ''],
    ['— & …', ''],
  ])('%j becomes %j', (query, expression) => {
    expect(toFtsExpression(query)).toBe(expression);
  });

  it('quotes embedded double quotes so they cannot end a string', () => {
    expect(toFtsExpression('o"clock"')).toBe('("o" AND "clock")');
  });

  it('makes the last word a prefix while typing, once it has three letters', () => {
    expect(toFtsExpression('design do', { asYouType: true })).toBe('("design" AND "do")');
    expect(toFtsExpression('design doc', { asYouType: true })).toBe('("design" AND "doc"*)');
    expect(toFtsExpression('ranking -kub', { asYouType: true })).toBe('"ranking" NOT "kub"');
    expect(toFtsExpression('"design doc"', { asYouType: true })).toBe('"design doc"');
  });

  it.each([
    ['"open', /quote is not closed/],
    ['-', /must be followed/],
    ['a -', /must be followed/],
    ['-)', /must be followed/],
    ['NEAR(', /parenthesis is not closed/],
    ['(a b', /parenthesis is not closed/],
    ['a)', /without a matching/],
    [')', /without a matching/],
    ['-a -b', /only words to leave out/],
    ['OR', /both sides/],
    ['a OR', /both sides/],
    ['a OR OR b', /both sides/],
    ['x*', /at least 2 letters/],
    ['-*', /at least 2 letters/],
    [Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), /at most 32 words/],
  ])('explains why %j cannot be searched', (query, message) => {
    try {
      toFtsExpression(query);
      throw new Error('expected a bad_query error');
    } catch (error) {
      expect(error).toBeInstanceOf(ChronicleError);
      expect((error as ChronicleError).code).toBe('bad_query');
      expect((error as ChronicleError).message).toMatch(message);
    }
  });
});
