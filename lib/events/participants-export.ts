import "@/lib/core/server-only.ts";
import { stringify } from "csv-stringify/sync";
import { withRegion } from "@/lib/core/db/client.ts";
import { berlinDate, berlinDateTimeShort } from "@/lib/core/format/berlin-dates.ts";
import type { Block } from "@/lib/core/pdf/model.ts";
import { renderDocument } from "@/lib/core/pdf/render.ts";
import { loadLetterhead } from "@/lib/regions/get-letterhead.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { EVENT_KIND_LABEL, REGISTRATION_STATUS_LABEL } from "./labels.ts";
import { getEventAdmin } from "./manage-events.ts";

const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "veranstaltung";

/**
 * Everyone registered, in order of arrival, for German spreadsheet programs (semicolons,
 * UTF-8 with BOM); cells that would run as formulas are prefixed with '.
 */
export async function participantsCsv(actor: Actor, eventId: string) {
  const { event } = await getEventAdmin(actor, eventId);
  const rows = event.registrations.map((r) =>
    [
      String(r.sequence),
      r.name,
      r.institution,
      r.email,
      r.forum?.title ?? "",
      REGISTRATION_STATUS_LABEL[r.status],
      berlinDateTimeShort.format(r.createdAt),
    ].map(safe),
  );
  const csv = stringify([["Nr.", "Name", "Einrichtung", "E-Mail", "Forum", "Status", "Angemeldet am"], ...rows], {
    delimiter: ";",
    bom: true,
    record_delimiter: "windows",
  });
  return { fileName: `teilnehmende-${slugOf(event.title)}.csv`, csv };
}

/**
 * An attendance list to sign and name badges (90 × 55 mm cards to cut, 8 per A4 page) for
 * everyone confirmed, as one document of the pipeline.
 */
export async function badgesPdf(actor: Actor, eventId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { event, region } = await getEventAdmin(actor, eventId);
  const letterhead = await withRegion(actor.regionId, (tx) => loadLetterhead(tx, actor.regionId, "Bildungsbüro"));
  const people = event.registrations.filter((r) => r.status === "CONFIRMED");
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: "Teilnahmeliste" },
    people.length > 0
      ? {
          kind: "table",
          header: ["Nr.", "Name", "Einrichtung", "Forum", "Unterschrift"],
          rows: people.map((p, i) =>
            [String(i + 1), p.name, p.institution, p.forum?.title ?? "", ""].map((text) => [{ text }]),
          ),
          widths: [6, 28, 26, 18, 22],
          minRowHeight: 24,
        }
      : { kind: "paragraph", runs: [{ text: "Noch keine bestätigten Anmeldungen." }] },
  ];
  if (people.length > 0)
    blocks.push(
      { kind: "pageBreak" },
      { kind: "heading", level: 2, text: "Namensschilder" },
      {
        kind: "cards",
        widthMm: 90,
        heightMm: 55,
        cards: people.map((person) => ({
          top: `${EVENT_KIND_LABEL[event.kind]} · ${region.name}`,
          name: person.name,
          detail: person.institution,
          note: person.forum ? `Forum: ${person.forum.title}` : "",
        })),
      },
    );
  const { pdf } = await renderDocument({
    title: `Teilnahmeliste und Namensschilder: ${event.title}`,
    kind: EVENT_KIND_LABEL[event.kind],
    meta: [`${berlinDate.format(event.startsAt)}, ${event.location} · ${people.length} bestätigte Anmeldungen`],
    date: new Date(),
    letterhead,
    blocks,
  });
  return { fileName: `namensschilder-${slugOf(event.title)}.pdf`, pdf };
}
