import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText } from "@/lib/core/validation/text.ts";

import { LEGAL_PAGES, type LegalPageKind } from "./legal-page-kinds.ts";

export { LEGAL_PAGES, type LegalPageKind };

interface RegionContact {
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactAddress: string;
}

/** What a region shows until its office lead writes its own text: built from its contact data. */
export function defaultLegalText(kind: LegalPageKind, region: RegionContact): string {
  const contact = [
    region.contactName || `Bildungsbüro ${region.name}`,
    region.contactAddress,
    region.contactEmail && `E-Mail: ${region.contactEmail}`,
    region.contactPhone && `Telefon: ${region.contactPhone}`,
  ]
    .filter(Boolean)
    .join("  \n");
  switch (kind) {
    case "IMPRINT":
      return `## Angaben gemäß § 5 Digitale-Dienste-Gesetz\n\n${contact}\n\nDas Regionale Bildungsnetzwerk ${region.name} ist eine Kooperation der Kommune mit dem Land Nordrhein-Westfalen.\n\n## Verantwortlich für den Inhalt\n\n${region.contactName || `Bildungsbüro ${region.name}`}`;
    case "PRIVACY":
      return [
        `## Verantwortliche Stelle\n\n${contact}`,
        "## Was gespeichert wird\n\nWer die öffentlichen Seiten liest, hinterlässt bei uns keine Daten: Es gibt keine Analyse- oder Werbedienste und keine Cookies. Wer sich anmeldet, erhält ein Sitzungs-Cookie (`bn.session`, höchstens 8 Stunden gültig), das nur der Anmeldung dient.",
        "## Ihre Rechte\n\nSie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15 bis 21 DSGVO). Wenden Sie sich dafür an die verantwortliche Stelle oben.",
        "## Beschwerde\n\nSie können sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen beschweren.",
      ].join("\n\n");
    case "ACCESSIBILITY":
      return [
        `Diese Erklärung gilt für die Seiten des Regionalen Bildungsnetzwerks ${region.name} in diesem Portal.`,
        "## Stand der Vereinbarkeit\n\nDie Seiten sollen die Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der WCAG 2.1 auf Stufe AA erfüllen. Jede Seitenvorlage wird bei jeder Änderung automatisch geprüft; Formulare und Abstimmungen sind mit der Tastatur bedienbar.",
        `## Barrieren melden\n\nIst Ihnen eine Barriere aufgefallen? Schreiben Sie uns:\n\n${contact}`,
        "## Durchsetzungsverfahren\n\nWenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden.",
      ].join("\n\n");
  }
}

/** The text of a legal page: the region's own, or the default. */
export async function getLegalPage(region: RegionContact & { id: string }, kind: LegalPageKind) {
  const page = await withRegion(region.id, (tx) =>
    tx.legalPage.findUnique({ where: { regionId_kind: { regionId: region.id, kind } } }),
  );
  return { body: page?.body ?? defaultLegalText(kind, region), updatedAt: page?.updatedAt ?? null, isDefault: !page };
}

export async function listLegalPages(actor: Actor) {
  authorize(actor, "region.manage");
  return withRegion(actor.regionId, async (tx) => {
    const region = await tx.region.findUniqueOrThrow({ where: { id: actor.regionId } });
    const pages = await tx.legalPage.findMany({ where: { regionId: actor.regionId } });
    return LEGAL_PAGES.map((p) => ({
      ...p,
      body: pages.find((x) => x.kind === p.kind)?.body ?? "",
      defaultBody: defaultLegalText(p.kind, region),
    }));
  });
}

const saveSchema = z.object({
  kind: z.enum(["IMPRINT", "PRIVACY", "ACCESSIBILITY"], { error: "Bitte wählen Sie eine Seite." }),
  body: cleanText("den Text", { max: 50_000 }),
});

/** Saves a region's own text; an empty text returns to the default. */
export async function saveLegalPage(actor: Actor, input: unknown) {
  authorize(actor, "region.manage");
  const data = parseInput(saveSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    if (data.body === "") await tx.legalPage.deleteMany({ where: { regionId, kind: data.kind } });
    else
      await tx.legalPage.upsert({
        where: { regionId_kind: { regionId, kind: data.kind } },
        create: { regionId, kind: data.kind, body: data.body, updatedById: actor.userId },
        update: { body: data.body, updatedById: actor.userId },
      });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "legal-page.saved",
      entityType: "LegalPage",
      entityId: null,
      details: { kind: data.kind, isDefault: data.body === "" },
    });
    return { isDefault: data.body === "", title: LEGAL_PAGES.find((p) => p.kind === data.kind)!.title };
  });
}

/** The platform's own pages (/impressum …): the operator, from the environment. */
export function platformLegalText(kind: LegalPageKind): string {
  const operator: RegionContact = {
    name: "Bildungsnetz NRW",
    contactName: process.env.PLATFORM_OPERATOR ?? "Plattformbetrieb Bildungsnetz NRW",
    contactEmail: process.env.PLATFORM_CONTACT_EMAIL ?? "kontakt@bildungsnetz.example",
    contactPhone: process.env.PLATFORM_CONTACT_PHONE ?? "",
    contactAddress: process.env.PLATFORM_CONTACT_ADDRESS ?? "",
  };
  const regional =
    "Für die Inhalte der einzelnen Bildungsregionen ist das jeweilige Bildungsbüro verantwortlich; sein Impressum steht unten auf jeder Seite der Region.";
  if (kind === "IMPRINT")
    return `${defaultLegalText(kind, operator).replace(/\n\nDas Regionale Bildungsnetzwerk[^\n]*/, "")}\n\n${regional}`;
  return defaultLegalText(kind, operator).replace(
    "des Regionalen Bildungsnetzwerks Bildungsnetz NRW in diesem Portal",
    "des Portals Bildungsnetz NRW",
  );
}
