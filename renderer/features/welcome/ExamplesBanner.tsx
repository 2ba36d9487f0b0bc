import { useEntryList, useGoals } from '../../query/queries';
import { Icon } from '../../ui/Icon';
import { useWelcomeActions } from '../../entries/useWelcomeActions';

const ALL = {} as const;

/**
 * Whether the welcome tour's examples are in the journal. The newest page of entries holds them
 * (they are dated within the last ten weeks) unless they were pushed out by many newer ones,
 * which the example goals still show.
 */
function useExamplesPresent(): boolean {
  const entries = useEntryList(ALL);
  const goals = useGoals();
  return Boolean(entries.data?.pages[0]?.items.some((e) => e.sample) || goals.data?.some((g) => g.sample));
}

/** A quiet reminder that some entries are ours, with the one step that removes them. */
export function ExamplesBanner() {
  const present = useExamplesPresent();
  const { removeExamples } = useWelcomeActions();
  if (!present) return null;
  return (
    <div className="examples-banner" role="region" aria-label="Example entries notice">
      <Icon name="alert" size={14} />
      <span>You’re looking at example entries.</span>
      <button type="button" className="link-button" onClick={() => void removeExamples()}>
        Remove examples
      </button>
    </div>
  );
}
