import { periodLabel } from '../../../shared/domain/periods';
import { day, defineCommand, UsageError } from '../command';
import { indent, printJson, themeList } from '../format';

export default defineCommand({
  declare(command) {
    command.option('--date <day>', 'any day of the week to show (today by default)');
  },
  async check(words, options: { date?: string }, io) {
    if (words.length > 0) throw new UsageError('week takes no words; use --date to pick a week');
    return { date: await day(options.date, '--date', io) };
  },
  execute(options, { call, io, json }) {
    const view = call('week.get', { date: options.date });
    if (json) return io.stdout(printJson(view));
    const out: string[] = [`${periodLabel('week', view.start)} (${view.start} to ${view.end})`, ''];
    if (view.entries.length === 0) out.push('No entries this week.');
    for (const item of [...view.entries].reverse()) {
      out.push(`${item.date}  ${item.starred ? '★ ' : ''}${item.title}${themeList(item.themes)}`);
      if (item.impactExcerpt) out.push(`            → ${item.impactExcerpt}`);
    }
    out.push('', 'Reflection', view.reflection?.body.trim() ? indent(view.reflection.body.trim()) : '  (not written yet)');
    if (view.dueFollowUps.length) {
      out.push('', 'Follow-ups due');
      for (const f of view.dueFollowUps) out.push(`  ${f.entry.date}  ${f.entry.title}: ${f.question || 'what actually happened?'}`);
    }
    const streak = view.streak;
    if (streak.weeks > 0)
      out.push('', `Streak: ${streak.weeks} week${streak.weeks === 1 ? '' : 's'}${streak.thisWeekDone ? '' : ' (nothing yet this week)'}`);
    io.stdout(`${out.join('\n')}\n`);
  },
});
