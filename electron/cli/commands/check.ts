import { declarePeriod, defineCommand, noWords, periodChoice, type PeriodOptions } from '../command';
import { printJson } from '../format';

export default defineCommand({
  declare(command) {
    declarePeriod(command);
  },
  async check(words, options: PeriodOptions, io) {
    noWords(words, 'check');
    return { period: await periodChoice(options, io, 'check') };
  },
  execute({ period }, { call, io, json }) {
    const readiness = call('review.check', { period });
    if (json) return io.stdout(printJson(readiness));
    const out = [
      `Review readiness for ${readiness.period.label}: ${Math.round(readiness.score)}/100 (${readiness.checks.passed} of ${readiness.checks.total} checks pass)`,
    ];
    if (readiness.items.length === 0) out.push('', 'Nothing to fix.');
    for (const item of readiness.items) out.push(`- ${item.message}`);
    io.stdout(`${out.join('\n')}\n`);
  },
});
