import { ChronicleError } from '../../../shared/api/errors';
import { day, defineCommand, UsageError } from '../command';
import { printJson } from '../format';

interface FollowUpOptions {
  on?: string;
  question?: string;
}

type Checked =
  | { action: 'due' }
  | { action: 'schedule'; entryId: string; due: string; question: string }
  | { action: 'answer'; entryId: string; answer: string };

export default defineCommand({
  declare(command) {
    command
      .argument('[action]', 'schedule or answer; without one, lists the follow-ups that are due')
      .argument('[words...]', 'schedule: the entry id; answer: the entry id, then what happened in quotes')
      .option('--on <day>', 'for schedule: the day to look back ("2027-03-01", "in 3 months")')
      .option('--question <text>', 'for schedule: what to ask yourself then')
      .addHelpText(
        'after',
        '\nexamples:\n  chronicle follow-up schedule <entry id> --on "in 3 months" --question "Did the p95 stay under 100 ms?"\n  chronicle follow-up\n  chronicle follow-up answer <entry id> "It stayed at 95 ms through Black Friday"\n(entry ids: chronicle list --json, or chronicle follow-up)',
      );
  },
  async check(words, options: FollowUpOptions, io): Promise<Checked> {
    const [action, ...rest] = words;
    const scheduleOnly = options.on !== undefined || options.question !== undefined;
    if (action === undefined) {
      if (scheduleOnly) throw new UsageError('--on and --question go with follow-up schedule');
      return { action: 'due' };
    }
    if (action === 'schedule') {
      if (rest.length !== 1)
        throw new UsageError('follow-up schedule takes one entry id: chronicle follow-up schedule <entry id> --on <day>');
      const due = await day(options.on, '--on', io);
      if (!due) throw new UsageError('follow-up schedule needs --on <day>');
      return { action: 'schedule', entryId: rest[0] as string, due, question: options.question ?? '' };
    }
    if (action === 'answer') {
      if (scheduleOnly) throw new UsageError('--on and --question go with follow-up schedule');
      if (rest.length !== 2)
        throw new UsageError(
          'follow-up answer takes the entry id and the answer in quotes: chronicle follow-up answer <entry id> "<what happened>"',
        );
      return { action: 'answer', entryId: rest[0] as string, answer: rest[1] as string };
    }
    throw new UsageError(`follow-up takes schedule or answer, not "${action}"`);
  },
  execute(checked, { call, io, json }) {
    if (checked.action === 'schedule') {
      const followUp = call('followUps.set', { entryId: checked.entryId, due: checked.due, question: checked.question });
      if (json) return io.stdout(printJson(followUp));
      const entry = call('entries.get', { id: checked.entryId });
      return io.stdout(`Will ask about "${entry.title}" on ${followUp.due}${followUp.question ? `: ${followUp.question}` : ''}\n`);
    }
    if (checked.action === 'answer') {
      const waiting = call('entries.get', { id: checked.entryId }).followUp;
      if (!waiting)
        throw new ChronicleError('not_found', 'That entry has no follow-up waiting for an answer; schedule one with follow-up schedule');
      const entry = call('followUps.answer', { id: waiting.id, answer: checked.answer });
      if (json) return io.stdout(printJson(entry));
      return io.stdout(`Added the result to "${entry.title}"\n`);
    }
    const due = call('followUps.due', {});
    if (json) return io.stdout(printJson(due));
    if (due.length === 0) return io.stdout('No follow-ups are due.\n');
    for (const f of due) {
      io.stdout(
        `${f.due}  ${f.entry.title}: ${f.question || 'what actually happened?'}\n            entry ${f.entry.id} (answer: chronicle follow-up answer ${f.entry.id} "…")\n`,
      );
    }
  },
});
