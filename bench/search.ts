// Benchmark of the internal search (issue 20): a region with the demo data scaled up –
// 1,000 meetings, 5,000 TOPs, 5,000 minutes texts, 1,000 decisions and assignments, 300
// recommendations, 2,000 documents, German texts – and a second region of the same size (the
// GIN indexes hold both; Row-Level Security keeps each search in its region). Times the use
// case searchIntern (all seven kinds, one transaction) as the office lead and as a Lenkungskreis
// member for typical queries, and prints PostgreSQL's plan of the largest kind.
//
//   npm run bench:search
//   BENCH_RUNS=50 npm run bench:search
import { performance } from "node:perf_hooks";
import { disconnectDb, withoutRegion, withRegion } from "../lib/core/db/client.ts";
import { searchIntern } from "../lib/search/search-intern.ts";
import { parseSearchQuery } from "../lib/search/search-query.ts";
import type { Actor } from "../lib/tenancy/actor.ts";
import { migrateExternal, openDatabase } from "../scripts/lib/database.ts";
import {
  createMembership,
  createPerson,
  createRegion,
  createStandardStructure,
  createUser,
  grantRole,
} from "../tests/factories/index.ts";
import { actorFor } from "../tests/support/actors.ts";

const MEETINGS = 1000;
const TOPS_PER_MEETING = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SLUGS = ["bench-suche", "bench-suche-b"];

const TOPICS = [
  "Übergang Kita–Grundschule",
  "MINT-Bildung",
  "außerschulische Lernorte",
  "Bildung im digitalen Wandel",
  "Inklusion an Schulen",
  "Kein Abschluss ohne Anschluss",
  "kulturelle Bildung",
  "Neuzugewanderte Familien",
  "Ganztag in der Grundschule",
  "Sprachförderung",
  "Schulsozialarbeit",
  "Haushaltsplanung des Bildungsbüros",
];
const VERBS = ["Bericht zu", "Beratung über", "Beschluss zur", "Sachstand", "Konzept für", "Evaluation der"];
const SENTENCES = [
  "Das Bildungsbüro stellt die Ergebnisse der Befragung der Schulleitungen vor.",
  "Die Mitglieder diskutieren die Finanzierung durch Landesmittel und kommunale Eigenanteile.",
  "Die Arbeitsgruppe empfiehlt, die Maßnahme im kommenden Schuljahr auszuweiten.",
  "Die Schulaufsicht berichtet über die Entwicklung der Anmeldezahlen in den Kommunen.",
  "Es wird vereinbart, die Kooperation mit den Jugendämtern zu verstetigen.",
  "Die Fördermittel werden für Fortbildungen der Lehrkräfte und Fachkräfte eingesetzt.",
  "Für Mädchen und junge Frauen wird ein eigenes Angebot entwickelt.",
];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
const text = (i: number, n: number) => Array.from({ length: n }, (_, k) => pick(SENTENCES, i * 7 + k * 3)).join(" ");

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};
const f1 = (n: number) => n.toLocaleString("de-DE", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

async function seedRegion(slug: string): Promise<{ lead: Actor; member: Actor }> {
  let region = await withoutRegion((tx) => tx.region.findUnique({ where: { slug } }));
  const fresh = !region;
  region ??= await withoutRegion((tx) => createRegion(tx, { slug, name: `Kreis ${slug}` }));
  const regionId = region.id;
  const [leadUser, memberUser] = fresh
    ? [await withoutRegion((tx) => createUser(tx)), await withoutRegion((tx) => createUser(tx))]
    : await withRegion(regionId, async (tx) => {
        const roles = await tx.regionRole.findMany({ where: { regionId }, orderBy: { role: "asc" } });
        return ["OFFICE_LEAD", "STEERING_MEMBER"].map((r) => ({ id: roles.find((x) => x.role === r)!.userId }));
      });
  if (fresh) {
    console.log(`(lege ${slug} an: ${MEETINGS} Sitzungen, ${MEETINGS * TOPS_PER_MEETING} TOPs …)`);
    await withRegion(
      regionId,
      async (tx) => {
        const s = await createStandardStructure(tx, regionId);
        await grantRole(tx, regionId, leadUser!.id, "OFFICE_LEAD");
        await grantRole(tx, regionId, memberUser!.id, "STEERING_MEMBER");
        await createPerson(tx, regionId, { userId: leadUser!.id });
        const member = await createPerson(tx, regionId, { userId: memberUser!.id });
        await createMembership(tx, regionId, {
          bodyId: s.steering.id,
          personId: member.id,
          seatCategoryId: s.categories[0]!.id,
        });
        const field = await tx.fieldOfAction.create({ data: { regionId, slug: "feld", name: "Übergänge" } });
        const start = Date.UTC(2020, 0, 10, 15);
        for (let i = 0; i < MEETINGS; i++) {
          const body = i % 3 === 0 ? s.conference : s.steering;
          const meeting = await tx.meeting.create({
            data: {
              regionId,
              bodyId: body.id,
              title: `${i + 1}. Sitzung ${body.name}: ${pick(TOPICS, i)}`,
              startsAt: new Date(start + i * 2 * 86_400_000),
              location: `Kreishaus, Raum ${100 + (i % 20)}`,
              status: "HELD",
            },
          });
          const items = await tx.agendaItem.createManyAndReturn({
            data: Array.from({ length: TOPS_PER_MEETING }, (_, n) => ({
              regionId,
              meetingId: meeting.id,
              position: n + 1,
              number: `TOP ${n + 1}`,
              title: `${pick(VERBS, i + n)} ${pick(TOPICS, i * 5 + n)}`,
              description: text(i * 5 + n, 3),
              kind: n === 2 ? ("DECISION" as const) : ("INFORMATION" as const),
            })),
          });
          const minutes = await tx.minutes.create({
            data: { regionId, meetingId: meeting.id, status: i % 10 === 0 ? "DRAFT" : "APPROVED" },
          });
          await tx.minutesEntry.createMany({
            data: items.map((item, n) => ({
              regionId,
              minutesId: minutes.id,
              agendaItemId: item.id,
              text: text(i + n, 5),
            })),
          });
          const decision = await tx.decision.create({
            data: {
              regionId,
              bodyId: body.id,
              meetingId: meeting.id,
              agendaItemId: items[2]!.id,
              number: `${2020 + Math.floor(i / 200)}/${(i % 200) + 1}`,
              text: `Der ${body.name} beschließt das ${pick(VERBS, i)} ${pick(TOPICS, i)}. ${text(i, 2)}`,
              outcome: "ADOPTED",
              decidedOn: new Date(start + i * 2 * 86_400_000),
            },
          });
          await tx.assignment.create({
            data: {
              regionId,
              decisionId: decision.id,
              title: `${pick(TOPICS, i + 3)} umsetzen`,
              description: text(i, 2),
            },
          });
          await tx.document.createMany({
            data: [0, 1].map((n) => ({
              regionId,
              title: `Vorlage ${pick(TOPICS, i + n)}`,
              fileName: `vorlage-${i}-${n}.pdf`,
              mimeType: "application/pdf",
              sizeBytes: 1000,
              sha256: "0",
              storageKey: `bench-${i}-${n}`,
              meetingId: meeting.id,
              agendaItemId: items[n]!.id,
            })),
          });
          if (i % 10 < 3)
            await tx.recommendation.create({
              data: {
                regionId,
                bodyId: s.conference.id,
                fieldOfActionId: field.id,
                title: `Empfehlung: ${pick(TOPICS, i)} stärken`,
                text: text(i, 3),
              },
            });
        }
      },
      { timeoutMs: 600_000 },
    );
  }
  return { lead: await actorFor(regionId, leadUser!.id), member: await actorFor(regionId, memberUser!.id) };
}

async function time(actor: Actor, q: string) {
  const query = parseSearchQuery({ q });
  const groups = await searchIntern(actor, query); // warm
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await searchIntern(actor, query);
    ms.push(performance.now() - t);
  }
  return { hits: groups.reduce((sum, g) => sum + g.total, 0), p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function main() {
  process.env.BN_DATA_DIR ??= ".data/bench-search";
  process.env.BN_PG_PORT ??= "54389";
  const database = await openDatabase();
  try {
    await migrateExternal(database);
    process.env.DATABASE_URL = database.appUrl;
    const seeded = [];
    for (const slug of SLUGS) seeded.push(await seedRegion(slug));
    const { lead, member } = seeded[0]!;
    const counts = await withRegion(lead.regionId, async (tx) => ({
      meetings: await tx.meeting.count(),
      tops: await tx.agendaItem.count(),
      entries: await tx.minutesEntry.count(),
      documents: await tx.document.count(),
    }));
    console.log(
      `\nInterne Suche, je Region ${counts.meetings} Sitzungen, ${counts.tops} TOPs, ${counts.entries} Protokolltexte, ` +
        `${counts.documents} Dokumente; ${SLUGS.length} Regionen; ${RUNS} Läufe je Anfrage (alle sieben Arten, eine Transaktion)\n`,
    );
    console.log("| Anfrage | wer | Treffer | p50 ms | p95 ms |");
    console.log("| --- | --- | ---: | ---: | ---: |");
    for (const q of [
      "Inklusion",
      "Sprachförderung Kommunen",
      "Haushal",
      '"Kein Abschluss"',
      "Mädchen -Fortbildungen",
      "Zzyzx",
    ]) {
      for (const [who, actor] of [
        ["Leitung", lead],
        ["Lenkungskreis", member],
      ] as const) {
        const r = await time(actor, q);
        console.log(`| ${q} | ${who} | ${r.hits} | ${f1(r.p50)} | ${f1(r.p95)} |`);
      }
    }
    const plan = await withRegion(lead.regionId, (tx) =>
      tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM "AgendaItem" x
          WHERE x."searchDocument" @@ websearch_to_tsquery('pg_catalog.german'::regconfig, app_fold_german('Inklusion'))`,
      ),
    );
    console.log("\nPlan (TOPs, „Inklusion“):\n" + plan.map((r) => r["QUERY PLAN"]).join("\n"));
  } finally {
    await disconnectDb();
    await database.cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
