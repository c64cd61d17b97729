import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, emailAddress, idOf } from "@/lib/core/validation/text.ts";

export const personSchema = z.object({
  title: cleanText("den Titel", { max: 40 }),
  givenName: cleanText("den Vornamen", { min: 1, max: 100 }),
  familyName: cleanText("den Nachnamen", { min: 1, max: 100 }),
  organisation: cleanText("die Institution", { max: 200 }),
  email: blankable(emailAddress(), ""),
  publicationConsent: checkbox,
  emailConsent: checkbox,
});

/** Adds a person to the region's directory (not yet to a body). */
export async function createPerson(actor: Actor, input: unknown) {
  authorize(actor, "memberships.manage");
  const data = parseInput(personSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    // The address is published only together with the name (the database enforces it too).
    const emailConsent = data.emailConsent && data.publicationConsent && data.email !== "";
    const person = await tx.person.create({
      data: {
        ...data,
        emailConsent,
        consentGivenAt: data.publicationConsent ? new Date() : null,
        regionId: actor.regionId,
      },
    });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "person.created",
      entityType: "Person",
      entityId: person.id,
      details: { publicationConsent: data.publicationConsent, emailConsent },
    });
    return person;
  });
}

/** Records or withdraws a person's consent to be named on public pages. */
export async function setPublicationConsent(actor: Actor, input: unknown) {
  authorize(actor, "memberships.manage");
  const { personId, publicationConsent } = parseInput(
    z.object({ personId: idOf("eine Person"), publicationConsent: checkbox }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const where = { regionId_id: { regionId: actor.regionId, id: personId } };
    if (!(await tx.person.findUnique({ where }))) throw new NotFoundError();
    const person = await tx.person.update({
      where,
      data: { publicationConsent, consentGivenAt: publicationConsent ? new Date() : null },
    });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: publicationConsent ? "person.consent-given" : "person.consent-withdrawn",
      entityType: "Person",
      entityId: person.id,
    });
    return person;
  });
}

/**
 * Records or withdraws a person's consent to have their e-mail address in the open data
 * (OParl). Only possible with consent to be named and with an address on file.
 */
export async function setEmailConsent(actor: Actor, input: unknown) {
  authorize(actor, "memberships.manage");
  const { personId, emailConsent } = parseInput(
    z.object({ personId: idOf("eine Person"), emailConsent: checkbox }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const where = { regionId_id: { regionId: actor.regionId, id: personId } };
    const found = await tx.person.findUnique({ where });
    if (!found) throw new NotFoundError();
    if (emailConsent && !found.publicationConsent)
      throw new ValidationError({
        emailConsent: [
          "Die E-Mail-Adresse kann nur veröffentlicht werden, wenn die Person auch namentlich genannt werden darf.",
        ],
      });
    if (emailConsent && !found.email)
      throw new ValidationError({ emailConsent: ["Für diese Person ist keine E-Mail-Adresse hinterlegt."] });
    const person = await tx.person.update({ where, data: { emailConsent } });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: emailConsent ? "person.email-consent-given" : "person.email-consent-withdrawn",
      entityType: "Person",
      entityId: person.id,
    });
    return person;
  });
}

/** The region's people, sorted by German rules, with their current bodies. */
export async function listPeople(actor: Actor) {
  authorize(actor, "memberships.manage");
  const people = await withRegion(actor.regionId, (tx) =>
    tx.person.findMany({
      where: { regionId: actor.regionId },
      include: { memberships: { where: { endedAt: null }, select: { body: { select: { name: true } } } } },
    }),
  );
  const collator = new Intl.Collator("de");
  return people.sort(
    (a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName),
  );
}
