import { EditMap, type Change } from 'micromark-util-edit-map';

/**
 * micromark (4.0.3, with micromark-util-edit-map 1.0.0) closes each list item or lazy line of a
 * document by moving a few events near the end of its event list through an EditMap, and
 * `EditMap.consume` rebuilds the whole list to do it: copying every event of the document so far,
 * once per list item. A document of N list items costs O(N²): 8,000 lines of a brag document spent
 * 8.5 of its 9.4 seconds in `consume`, and a 150,000-item list did not finish in minutes.
 *
 * This `consume` applies the same edits in the same order, and gives the same events, but
 * leaves the part before the first edit where it is, so each call costs what it changes. It is
 * installed on micromark's own class once, before the first parse; `linearEditMap.test.ts`
 * checks, on generated documents, that the trees are the same with and without it.
 */
function consumeFromFirstEdit(this: EditMap, events: Parameters<EditMap['consume']>[0]): undefined {
  const changes: Change[] = this.map.sort((a, b) => a[0] - b[0]);
  const first = changes[0];
  if (!first) return undefined;
  const from = first[0];
  const after = events.slice(from);
  events.length = from;
  let at = from;
  for (const [index, remove, add] of changes) {
    for (let i = at; i < index; i++) events.push(after[i - from] as (typeof events)[number]);
    for (const event of add) events.push(event);
    at = index + remove;
  }
  for (let i = at - from; i < after.length; i++) events.push(after[i] as (typeof events)[number]);
  this.map.length = 0;
  this.index.clear();
  return undefined;
}

const original = Object.getOwnPropertyDescriptor(EditMap.prototype, 'consume');

/** Makes micromark's EditMap apply its edits without copying the events before them. */
export function useLinearEditMap(): void {
  if (EditMap.prototype.consume !== consumeFromFirstEdit) EditMap.prototype.consume = consumeFromFirstEdit;
}

/** Puts micromark's own `consume` back (for the test that compares the two). */
export function useOriginalEditMap(): void {
  if (original) Object.defineProperty(EditMap.prototype, 'consume', original);
}
