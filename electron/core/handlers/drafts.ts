import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import type { BulletFormatName, Draft, DraftKind, DraftVersionInfo, KeptBullet, PacketReader } from '../../../shared/domain/model';
import { reviewPacket } from '../../../shared/domain/review/packet';
import type { ReviewPeriod } from '../../../shared/domain/review/period';
import { reviewSummary } from '../../../shared/domain/review/summary';
import type { DraftRow, DraftVersionRow } from '../repos/drafts';
import type { Context } from './context';
import { keepBullets, reviewSources } from './review';

type DraftMethods =
  'drafts.list' | 'drafts.get' | 'drafts.create' | 'drafts.save' | 'drafts.regenerate' | 'drafts.restore' | 'drafts.delete';

interface DraftOptions {
  format?: BulletFormatName;
  entryIds?: string[];
}

interface Generated {
  markdown: string;
  bullets: KeptBullet[] | null;
}

/** A bullet set as Markdown, for export and for reading it as text. */
export function bulletsMarkdown(bullets: readonly KeptBullet[]): string {
  return bullets.map((b) => `- ${b.text}`).join('\n');
}

function defaultTitle(kind: DraftKind, period: ReviewPeriod, reader: PacketReader | null): string {
  switch (kind) {
    case 'summary':
      return `Looking back on ${period.label}`;
    case 'packet':
      return `Review packet for my ${reader === 'peer' ? 'peer reviewers' : 'manager'}: ${period.label}`;
    case 'bullets':
      return `Résumé bullets: ${period.label}`;
  }
}

/** Saved drafts: generated once, then edited by the user; regenerating adds a version. */
export function draftHandlers(ctx: Context): Pick<Handlers, DraftMethods> {
  const { drafts } = ctx.repos;
  const sources = reviewSources(ctx);

  function rowOrThrow(id: string): DraftRow {
    const row = drafts.get(id);
    if (!row) throw new ChronicleError('not_found', 'That draft does not exist.', { id });
    return row;
  }

  function info(version: DraftVersionRow): DraftVersionInfo {
    return {
      number: version.number,
      origin: version.origin as DraftVersionInfo['origin'],
      createdAt: version.created_at,
      updatedAt: version.updated_at,
    };
  }

  function toDraft(row: DraftRow, versionNumber?: number): Draft {
    const version = versionNumber === undefined ? drafts.latest(row.seq) : drafts.version(row.seq, versionNumber);
    if (!version) throw new ChronicleError('not_found', `That draft has no version ${versionNumber}.`, { id: row.id });
    const options = JSON.parse(row.options) as DraftOptions;
    return {
      id: row.id,
      kind: row.kind as DraftKind,
      reader: row.reader as PacketReader | null,
      title: row.title,
      period: { from: row.period_from, to: row.period_to, label: row.period_label },
      format: options.format ?? null,
      version: {
        ...info(version),
        markdown: version.markdown,
        bullets: version.bullets ? (JSON.parse(version.bullets) as KeptBullet[]) : null,
      },
      versions: drafts.versions(row.seq).map(info),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function generate(kind: DraftKind, period: ReviewPeriod, reader: PacketReader | null, options: DraftOptions): Generated {
    switch (kind) {
      case 'summary': {
        const data = sources.dataFor(period);
        return {
          markdown: reviewSummary(data, sources.draftOptions(data)).markdown,
          bullets: null,
        };
      }
      case 'packet': {
        const data = sources.dataFor(period);
        return { markdown: reviewPacket(data, reader ?? 'manager', sources.draftOptions(data)).markdown, bullets: null };
      }
      case 'bullets': {
        const format = options.format ?? 'xyz';
        const drafted = options.entryIds
          ? sources.bulletsFor({ entryIds: options.entryIds, format })
          : sources.bulletsFor({ period: { kind: 'custom', from: period.from, to: period.to }, format });
        const bullets = keepBullets(drafted);
        return { markdown: bulletsMarkdown(bullets), bullets };
      }
    }
  }

  return {
    'drafts.list': ({ kind }) =>
      drafts.list(kind).map((row) => ({
        id: row.id,
        kind: row.kind as DraftKind,
        reader: row.reader as PacketReader | null,
        title: row.title,
        period: { from: row.period_from, to: row.period_to, label: row.period_label },
        versionCount: row.version_count,
        updatedAt: row.updated_at,
      })),

    'drafts.get': ({ id, version }) => toDraft(rowOrThrow(id), version),

    'drafts.create': (input) => {
      let period: ReviewPeriod;
      if (input.period) {
        period = sources.resolvePeriod(input.period);
      } else {
        // Hand-picked entries: the period is the span of their dates.
        const picked = ctx.repos.entries.fullByIds(input.entryIds ?? []);
        if (picked.length === 0) throw new ChronicleError('not_found', 'None of the picked entries exist outside the trash.');
        const from = picked[0]?.date as string;
        const to = picked[picked.length - 1]?.date as string;
        period = { from, to, label: `${picked.length} picked ${picked.length === 1 ? 'entry' : 'entries'}` };
      }
      const reader = input.kind === 'packet' ? (input.reader ?? 'manager') : null;
      const options: DraftOptions =
        input.kind === 'bullets' ? { format: input.format ?? 'xyz', ...(input.entryIds ? { entryIds: input.entryIds } : {}) } : {};
      const content = generate(input.kind, period, reader, options);
      const id = ctx.newId();
      const at = ctx.now();
      const seq = drafts.insert({
        id,
        kind: input.kind,
        reader,
        title: input.title ?? defaultTitle(input.kind, period, reader),
        from: period.from,
        to: period.to,
        label: period.label,
        options,
        now: at,
      });
      drafts.addVersion(seq, { origin: 'generated', ...content, now: at });
      return toDraft(rowOrThrow(id));
    },

    'drafts.save': ({ id, title, markdown, bullets }) => {
      const row = rowOrThrow(id);
      const at = ctx.now();
      if (title !== undefined) drafts.rename(row.seq, title, at);
      if (markdown !== undefined || bullets !== undefined) {
        const latest = drafts.latest(row.seq) as DraftVersionRow;
        const keptBullets = bullets ?? (latest.bullets ? (JSON.parse(latest.bullets) as KeptBullet[]) : null);
        const content = {
          markdown: bullets !== undefined ? bulletsMarkdown(bullets) : (markdown ?? latest.markdown),
          bullets: keptBullets,
          now: at,
        };
        // Edits go into the user's working version; a generated version is never changed.
        if (latest.origin === 'edited') drafts.updateVersion(row.seq, latest.number, content);
        else drafts.addVersion(row.seq, { origin: 'edited', ...content });
      }
      return toDraft(rowOrThrow(id));
    },

    'drafts.regenerate': ({ id }) => {
      const row = rowOrThrow(id);
      const period = { from: row.period_from, to: row.period_to, label: row.period_label };
      const content = generate(row.kind as DraftKind, period, row.reader as PacketReader | null, JSON.parse(row.options) as DraftOptions);
      drafts.addVersion(row.seq, { origin: 'generated', ...content, now: ctx.now() });
      return toDraft(rowOrThrow(id));
    },

    'drafts.restore': ({ id, version }) => {
      const row = rowOrThrow(id);
      const old = drafts.version(row.seq, version);
      if (!old) throw new ChronicleError('not_found', `That draft has no version ${version}.`, { id, version });
      drafts.addVersion(row.seq, {
        origin: 'edited',
        markdown: old.markdown,
        bullets: old.bullets ? (JSON.parse(old.bullets) as KeptBullet[]) : null,
        now: ctx.now(),
      });
      return toDraft(rowOrThrow(id));
    },

    'drafts.delete': ({ id }) => {
      rowOrThrow(id);
      drafts.remove(id);
      return { id };
    },
  };
}
