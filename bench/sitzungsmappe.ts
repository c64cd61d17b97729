// Benchmark: the Sitzungsmappe of a meeting with 20 TOPs and 200 pages of PDF attachments
// (20 attachments of 10 pages of running text, each TOP with a Markdown description).
// Runs the real use case (access check, letterhead, invitation and contents rendered with
// the document pipeline, attachments read from the file store and merged with pdf-lib) and
// prints time and memory (RSS) per run.
//
//   npm run bench:sitzungsmappe      (embedded PostgreSQL in .data/bench)
import { performance } from "node:perf_hooks";
import { disconnectDb, withoutRegion, withRegion } from "../lib/core/db/client.ts";
import { renderDocument } from "../lib/core/pdf/render.ts";
import { addAgendaItem } from "../lib/meetings/agenda.ts";
import { attachAgendaDocument } from "../lib/meetings/agenda-documents.ts";
import { createMeeting } from "../lib/meetings/create-meeting.ts";
import { sitzungsmappePdf } from "../lib/meetings/sitzungsmappe.ts";
import { loadRegionAccess } from "../lib/tenancy/region-access.ts";
import { utcToBerlinLocal } from "../lib/core/validation/berlin-time.ts";
import { migrateExternal, openDatabase } from "../scripts/lib/database.ts";
import { createRegion, createStandardStructure, createUser, grantRole } from "../tests/factories/index.ts";

const TOPS = Number(process.env.BENCH_TOPS ?? 20);
const PAGES = Number(process.env.BENCH_PAGES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

const TEXT =
  "Die Bildungsbüros berichten über Übergänge von der Kita in die Grundschule, über Schulabschlüsse und über „Kein Abschluss ohne Anschluss“ – mit Zahlen, Zielen und Maßnahmen (§ 3 des Kooperationsvertrags). ";

async function attachment(n: number, pages: number): Promise<File> {
  const { pdf } = await renderDocument({
    title: `Anlage ${n}`,
    kind: "Vorlage",
    date: new Date(),
    letterhead: { regionName: "Kreisverwaltung", footer: ["Amt für Schule und Bildung"] },
    blocks: Array.from({ length: pages }, (_, page) => [
      ...(page > 0 ? [{ kind: "pageBreak" as const }] : []),
      { kind: "heading" as const, level: 2 as const, text: `Abschnitt ${page + 1}` },
      ...Array.from({ length: 6 }, () => ({ kind: "paragraph" as const, runs: [{ text: TEXT.repeat(2) }] })),
    ]).flat(),
  });
  return new File([new Uint8Array(pdf)], `anlage-${n}.pdf`);
}

async function main() {
  process.env.BN_DATA_DIR ??= ".data/bench";
  process.env.BN_PG_PORT ??= "54359";
  process.env.FILE_STORAGE_DIR ??= ".data/bench/files";
  const database = await openDatabase();
  try {
    await migrateExternal(database);
    process.env.DATABASE_URL = database.appUrl;
    const region = await withoutRegion((tx) => createRegion(tx));
    const leadUser = await withoutRegion((tx) => createUser(tx));
    const structure = await withRegion(region.id, async (tx) => {
      const structure = await createStandardStructure(tx, region.id);
      await grantRole(tx, region.id, leadUser.id, "OFFICE_LEAD");
      return structure;
    });
    const access = await loadRegionAccess(region.id, leadUser.id);
    const lead = { regionId: region.id, userId: leadUser.id, can: access.can };
    const meeting = await createMeeting(lead, {
      bodyId: structure.steering.id,
      title: "Sitzung mit großer Mappe",
      startsAt: utcToBerlinLocal(new Date(Date.now() + 14 * 86_400_000)),
      location: "Kreishaus",
    });
    const perAttachment = Math.ceil(PAGES / TOPS);
    for (let n = 1; n <= TOPS; n++) {
      const item = await addAgendaItem(lead, {
        meetingId: meeting.id,
        version: String(n),
        title: `Tagesordnungspunkt ${n}: Bericht aus dem Handlungsfeld ${n}`,
        kind: "DISCUSSION",
        description: `**Vorlage** zu TOP ${n}:\n\n- Sachstand\n  - Zahlen\n- Beschlussvorschlag\n\n> ${TEXT}`,
      });
      await attachAgendaDocument(lead, item.id, `Anlage ${n}`, await attachment(n, perAttachment));
    }
    console.log(
      `Sitzungsmappe-Benchmark: ${TOPS} TOPs, ${TOPS} PDF-Anlagen mit zusammen ${perAttachment * TOPS} Seiten; ${ROUNDS} Läufe.`,
    );
    for (let round = 1; round <= ROUNDS; round++) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const start = performance.now();
      const { pdf } = await sitzungsmappePdf(lead, meeting.id);
      const elapsed = performance.now() - start;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
      console.log(
        `Lauf ${round}: ${elapsed.toFixed(0)} ms, ${pages} Seiten, ${mib(pdf.length)} PDF; RSS vorher ${mib(before)}, Spitze ${mib(peak)} (+${mib(peak - before)})`,
      );
    }
    console.log(`Höchster RSS des Prozesses insgesamt: ${mib(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    await disconnectDb();
    await database.cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
