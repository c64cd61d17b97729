import "@/lib/core/server-only.ts";
import { Prisma, type Tx, oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { readableBodyIds } from "@/lib/meetings/access.ts";
import { canSeeLoop } from "@/lib/recommendations/recommendations.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { SEARCH_KINDS, type SearchKind } from "./labels.ts";
import { MARK_END, MARK_START, type SearchQuery, splitPrefix } from "./search-query.ts";

export interface SearchHit {
  id: string;
  title: string;
  /** ts_headline of the text with MARK_START/MARK_END around hits (render with snippetParts). */
  snippet: string;
  /** Body, meeting or Handlungsfeld the hit belongs to. */
  context: string;
  date: Date | null;
  meetingId: string | null;
}

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchHit[];
}

export const HITS_PER_KIND = 5;
export const HITS_OF_ONE_KIND = 50;

interface Row {
  id: string;
  title: string;
  snippet: string;
  context: string | null;
  date: Date | null;
  meetingId: string | null;
  rank: number;
  total: bigint;
}

/**
 * Internal full-text search (German stemming, ä/ae folding, prefix for the word being typed)
 * over what the actor may open: meetings, TOPs, minutes and meeting documents only of the
 * bodies whose meetings they may see (lib/meetings/access.ts), draft minutes only for the
 * office, decisions and assignments with "assignments.read" (and of a readable body),
 * recommendations for who sees the recommendation loop, contract documents for who manages
 * the contract. Each kind: how many hits, and the best few with a snippet.
 */
export async function searchIntern(actor: Actor, query: SearchQuery): Promise<SearchGroup[]> {
  if (!query.text) return [];
  return withRegion(actor.regionId, async (tx) => {
    const bodies = actor.can("meetings.read") ? await readableBodyIds(tx, actor) : [];
    const bodyOk = (column: Prisma.Sql) =>
      bodies === "all" ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${bodies}::uuid[])`;
    const access: Access = {
      bodyOk,
      draftMinutes: actor.can("minutes.write"),
      assignments: actor.can("assignments.read"),
      recommendations: canSeeLoop(actor),
      agreement: actor.can("agreement.manage"),
    };
    const kinds = query.kind ? [query.kind] : SEARCH_KINDS;
    const limit = query.kind ? HITS_OF_ONE_KIND : HITS_PER_KIND;
    const { rest, prefix } = splitPrefix(query.text);
    const groups = await oneByOne(
      ...kinds.map((kind) => async (): Promise<SearchGroup> => {
        const rows: Row[] = [];
        let total = 0;
        for (const source of SOURCES[kind](access)) {
          const found = await runSource(tx, source, rest, prefix, limit);
          rows.push(...found);
          total += Number(found[0]?.total ?? 0);
        }
        rows.sort((a, b) => b.rank - a.rank || (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
        return {
          kind,
          total,
          hits: rows.slice(0, limit).map(({ rank: _, total: __, context, ...hit }) => ({
            ...hit,
            context: context ?? "",
          })),
        };
      }),
    );
    return groups;
  });
}

interface Access {
  bodyOk: (column: Prisma.Sql) => Prisma.Sql;
  draftMinutes: boolean;
  assignments: boolean;
  recommendations: boolean;
  agreement: boolean;
}

interface Source {
  /** FROM … JOIN …, the table searched aliased x. */
  from: Prisma.Sql;
  /** The stored search document (migration "intern_search"). */
  document: Prisma.Sql;
  visible: Prisma.Sql;
  title: Prisma.Sql;
  /** The text the snippet comes from. */
  text: Prisma.Sql;
  context: Prisma.Sql;
  date: Prisma.Sql;
  meetingId: Prisma.Sql;
}

const SOURCES: Record<SearchKind, (access: Access) => Source[]> = {
  meetings: (a) => [
    {
      from: Prisma.sql`"Meeting" x JOIN "Body" b ON b."regionId" = x."regionId" AND b.id = x."bodyId"`,
      document: Prisma.sql`x."searchDocument"`,
      visible: Prisma.sql`x."deletedAt" IS NULL AND ${a.bodyOk(Prisma.sql`x."bodyId"`)}`,
      title: Prisma.sql`x.title`,
      text: Prisma.sql`x.title || ' – ' || x.location`,
      context: Prisma.sql`b.name`,
      date: Prisma.sql`x."startsAt"`,
      meetingId: Prisma.sql`x.id`,
    },
  ],
  agendaItems: (a) => [
    {
      from: Prisma.sql`"AgendaItem" x JOIN "Meeting" m ON m."regionId" = x."regionId" AND m.id = x."meetingId"`,
      document: Prisma.sql`x."searchDocument"`,
      visible: Prisma.sql`x."deletedAt" IS NULL AND m."deletedAt" IS NULL AND ${a.bodyOk(Prisma.sql`m."bodyId"`)}`,
      title: Prisma.sql`trim(x.number || ' ' || x.title)`,
      text: Prisma.sql`x.title || ' – ' || x.description`,
      context: Prisma.sql`m.title`,
      date: Prisma.sql`m."startsAt"`,
      meetingId: Prisma.sql`m.id`,
    },
  ],
  minutes: (a) => {
    const readable = Prisma.sql`m."deletedAt" IS NULL AND ${a.bodyOk(Prisma.sql`m."bodyId"`)}
      AND ${a.draftMinutes ? Prisma.sql`TRUE` : Prisma.sql`mi.status <> 'DRAFT'`}`;
    return [
      {
        from: Prisma.sql`"MinutesEntry" x
          JOIN "Minutes" mi ON mi."regionId" = x."regionId" AND mi.id = x."minutesId"
          JOIN "AgendaItem" ai ON ai."regionId" = x."regionId" AND ai.id = x."agendaItemId"
          JOIN "Meeting" m ON m."regionId" = x."regionId" AND m.id = mi."meetingId"`,
        document: Prisma.sql`x."searchDocument"`,
        visible: Prisma.sql`ai."deletedAt" IS NULL AND ${readable}`,
        title: Prisma.sql`'Protokoll: ' || m.title`,
        text: Prisma.sql`x.text`,
        context: Prisma.sql`trim(ai.number || ' ' || ai.title)`,
        date: Prisma.sql`m."startsAt"`,
        meetingId: Prisma.sql`m.id`,
      },
      {
        from: Prisma.sql`"Minutes" x
          JOIN "Minutes" mi ON mi."regionId" = x."regionId" AND mi.id = x.id
          JOIN "Meeting" m ON m."regionId" = x."regionId" AND m.id = x."meetingId"`,
        document: Prisma.sql`x."searchDocument"`,
        visible: readable,
        title: Prisma.sql`'Protokoll: ' || m.title`,
        text: Prisma.sql`x.preamble`,
        context: Prisma.sql`'Vorbemerkung'`,
        date: Prisma.sql`m."startsAt"`,
        meetingId: Prisma.sql`m.id`,
      },
    ];
  },
  decisions: (a) =>
    a.assignments
      ? [
          {
            from: Prisma.sql`"Decision" x JOIN "Body" b ON b."regionId" = x."regionId" AND b.id = x."bodyId"`,
            document: Prisma.sql`x."searchDocument"`,
            visible: a.bodyOk(Prisma.sql`x."bodyId"`),
            title: Prisma.sql`CASE WHEN x.number <> '' THEN 'Beschluss ' || x.number ELSE 'Beschluss' END`,
            text: Prisma.sql`x.text || ' ' || x.reason`,
            context: Prisma.sql`b.name`,
            date: Prisma.sql`x."decidedOn"::timestamptz`,
            meetingId: Prisma.sql`x."meetingId"`,
          },
        ]
      : [],
  assignments: (a) =>
    a.assignments
      ? [
          {
            from: Prisma.sql`"Assignment" x LEFT JOIN "Decision" d ON d."regionId" = x."regionId" AND d.id = x."decisionId"`,
            document: Prisma.sql`x."searchDocument"`,
            visible: Prisma.sql`(d.id IS NULL OR ${a.bodyOk(Prisma.sql`d."bodyId"`)})`,
            title: Prisma.sql`x.title`,
            text: Prisma.sql`x.title || ' – ' || x.description || ' ' || x."progressNotes"`,
            context: Prisma.sql`CASE WHEN d.number <> '' THEN 'Beschluss ' || d.number END`,
            date: Prisma.sql`x."dueOn"::timestamptz`,
            meetingId: Prisma.sql`NULL::uuid`,
          },
        ]
      : [],
  recommendations: (a) =>
    a.recommendations
      ? [
          {
            from: Prisma.sql`"Recommendation" x
              JOIN "FieldOfAction" f ON f."regionId" = x."regionId" AND f.id = x."fieldOfActionId"`,
            document: Prisma.sql`x."searchDocument"`,
            visible: Prisma.sql`TRUE`,
            title: Prisma.sql`x.title`,
            text: Prisma.sql`x.text || ' ' || x.forum`,
            context: Prisma.sql`f.name`,
            date: Prisma.sql`x."createdAt"`,
            meetingId: Prisma.sql`NULL::uuid`,
          },
        ]
      : [],
  documents: (a) => [
    {
      from: Prisma.sql`"Document" x LEFT JOIN "Meeting" m ON m."regionId" = x."regionId" AND m.id = x."meetingId"`,
      document: Prisma.sql`x."searchDocument"`,
      visible: Prisma.sql`x."deletedAt" IS NULL AND CASE
        WHEN x."meetingId" IS NOT NULL THEN m."deletedAt" IS NULL AND ${a.bodyOk(Prisma.sql`m."bodyId"`)}
        WHEN EXISTS (SELECT 1 FROM "CooperationAgreement" c
                      WHERE c."regionId" = x."regionId" AND c."signedDocumentId" = x.id) THEN ${a.agreement}
        ELSE TRUE END`,
      title: Prisma.sql`x.title`,
      text: Prisma.sql`x.title || ' – ' || x."fileName"`,
      context: Prisma.sql`m.title`,
      date: Prisma.sql`x."createdAt"`,
      meetingId: Prisma.sql`x."meetingId"`,
    },
  ],
};

/**
 * The tsquery of the text: as typed (websearch syntax) AND the last word as a prefix. `fold`
 * as the documents (ä → ae) for matching; unfolded for ts_headline, which reads the text as stored.
 */
function tsquery(rest: string, prefix: string, fold: boolean): Prisma.Sql {
  const f = (value: string) => (fold ? Prisma.sql`app_fold_german(${value})` : Prisma.sql`lower(${value})`);
  const typed = Prisma.sql`websearch_to_tsquery('pg_catalog.german'::regconfig, ${f(rest)})`;
  if (!prefix) return typed;
  // The prefix word's lexemes (stemmed as in the documents), each with :*, cast without re-stemming.
  const prefixed = Prisma.sql`coalesce((SELECT string_agg(quote_literal(lexeme) || ':*', ' & ')::tsquery
    FROM unnest(to_tsvector('pg_catalog.german'::regconfig, ${f(prefix)}))), ''::tsquery)`;
  return rest ? Prisma.sql`(${typed} && ${prefixed})` : prefixed;
}

async function runSource(tx: Tx, s: Source, rest: string, prefix: string, limit: number): Promise<Row[]> {
  return tx.$queryRaw<Row[]>`
    WITH q AS (SELECT ${tsquery(rest, prefix, true)} AS match, ${tsquery(rest, prefix, false)} AS mark),
    found AS (
      SELECT x.id, ${s.title} AS title, ${s.text} AS text, ${s.context} AS context, ${s.date} AS date,
             ${s.meetingId} AS "meetingId", ts_rank(${s.document}, q.match) AS rank, count(*) OVER () AS total
        FROM ${s.from}, q
       WHERE querytree(q.match) <> '' AND ${s.document} @@ q.match AND ${s.visible}
       ORDER BY rank DESC, date DESC NULLS LAST, x.id
       LIMIT ${limit})
    SELECT found.id, found.title, found.context, found.date, found."meetingId", found.rank::float8 AS rank, found.total,
           ts_headline('pg_catalog.german'::regconfig, found.text, q.match || q.mark,
             ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet
      FROM found, q
     ORDER BY found.rank DESC, found.date DESC NULLS LAST, found.id`;
}
