import { ChronicleError } from '../../../shared/api/errors';
import { REFLECTION_PERIODS, type ReflectionPeriod } from '../../../shared/domain/model';
import { periodLabel, periodStart } from '../../../shared/domain/periods';
import { day, defineCommand, UsageError } from '../command';
import { printJson } from '../format';

interface ReflectOptions {
  date?: string;
  append?: boolean;
  replace?: boolean;
}

export default defineCommand({
  declare(command) {
    command
      .argument('[period]', `${REFLECTION_PERIODS.join(', ')}`)
      .argument('[text]', 'the reflection in quotes; without it, read from standard input')
      .option('--date <day>', 'any day of the period (today by default)')
      .option('--append', 'add to the reflection already written for that period')
      .option('--replace', 'replace the reflection already written for that period')
      .addHelpText(
        'after',
        '\nexamples:\n  chronicle reflect week "Proud of the cache rollout; next: the on-call handbook"\n  chronicle reflect year --date 2025-12-31 < year-in-review.md',
      );
  },
  async check(words, options: ReflectOptions, io) {
    const [period, ...rest] = words;
    if (!isPeriod(period))
      throw new UsageError(`reflect needs the period first: chronicle reflect ${REFLECTION_PERIODS.join('|')} "<text>"`);
    if (rest.length > 1) throw new UsageError('reflect takes the text as one argument in quotes');
    if (options.append && options.replace) throw new UsageError('choose --append or --replace, not both');
    let text = rest[0];
    if (text === undefined) {
      if (!io.readStdin || io.isStdinTty)
        throw new UsageError(`reflect needs the text: chronicle reflect ${period} "<text>", or pipe it in`);
      text = await io.readStdin();
    }
    if (text.trim() === '') throw new UsageError('the reflection is empty');
    const date = (await day(options.date ?? 'today', '--date', io)) as string;
    return { period, date, text: text.trim(), mode: options.append ? 'append' : options.replace ? 'replace' : 'new' } as const;
  },
  execute({ period, date, text, mode }, { call, io, json }) {
    // Weeks start on the day the user chose in settings; week.get knows it.
    const start = period === 'week' ? call('week.get', { date }).start : periodStart(period, date, 1);
    const label = periodLabel(period, start);
    const existing = call('reflections.get', { period, start })?.body.trim() ?? '';
    if (existing && mode === 'new') {
      throw new ChronicleError('conflict', `${label} already has a reflection; add --append to add to it or --replace to replace it`);
    }
    const body = existing && mode === 'append' ? `${existing}\n\n${text}` : text;
    const saved = call('reflections.save', { period, start, body });
    if (json) return io.stdout(printJson(saved));
    io.stdout(`${existing && mode === 'append' ? 'Added to' : 'Saved'} the reflection for ${label}\n`);
  },
});

function isPeriod(value: string | undefined): value is ReflectionPeriod {
  return (REFLECTION_PERIODS as readonly (string | undefined)[]).includes(value);
}
