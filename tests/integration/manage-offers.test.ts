import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../lib/core/errors.ts";
import { getPublicOffer } from "../../lib/offers/get-public-offer.ts";
import {
  createOffer,
  getManagedOffer,
  listManagedOffers,
  setOfferStatus,
  updateOffer,
} from "../../lib/offers/manage-offers.ts";
import { parseDateLines } from "../../lib/offers/parse-date-lines.ts";
import { parseOfferQuery } from "../../lib/offers/offer-query.ts";
import { searchOffers } from "../../lib/offers/search-offers.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { berlinIso, dateFromNow, germanDate } from "../support/clock.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let office: Actor;
let partner: Actor;
const publicTitles = async (q: string) =>
  (await searchOffers({ regionId: regions.a.region.id }, parseOfferQuery({ q }).query)).hits.map((h) => h.title);
// offer dates ahead of whatever day the suite runs, typed as the office types them ("14.03.2027")
const firstDay = dateFromNow(60);
const secondDay = dateFromNow(67);
const form = (extra: Record<string, string> = {}) => ({
  title: "Lernwerkstatt Natur",
  summary: "Draußen forschen.",
  kind: "LEARNING_PLACE",
  isFree: "on",
  dates: `${germanDate(firstDay)} 10:00–12:00\n${germanDate(secondDay)} 10:00`,
  placeName: "Waldschule",
  city: "Hilden",
  postalCode: "40721",
  "group:PRIMARY": "on",
  ...extra,
});

beforeAll(async () => {
  regions = await twoRegions();
  office = await actorFor(regions.a.region.id, regions.a.user.id);
  const user = await withoutRegion((tx) => createUser(tx));
  await withRegion(regions.a.region.id, (tx) => grantRole(tx, regions.a.region.id, user.id, "PARTNER"));
  partner = await actorFor(regions.a.region.id, user.id);
});

describe("managing offers", () => {
  it("the office writes a draft, publishes it, and the public search finds it at once; archiving takes it out", async () => {
    const offer = await createOffer(
      office,
      form({ [`field:${regions.a.fields[0]!.id}`]: "on", latitude: "51,2277", longitude: "6.7735" }),
    );
    expect(await publicTitles("Lernwerkstatt")).toEqual([]);
    await setOfferStatus(office, { offerId: offer.id, step: "publish" });
    expect(await publicTitles("Lernwerkstatt")).toEqual(["Lernwerkstatt Natur"]);
    const stored = await getManagedOffer(office, offer.id);
    expect(stored.dates.map((d) => d.startsAt.toISOString())).toEqual([
      berlinIso(`${firstDay}T10:00`),
      berlinIso(`${secondDay}T10:00`),
    ]);
    expect(stored.dates[0]!.endsAt?.toISOString()).toBe(berlinIso(`${firstDay}T12:00`));
    expect(stored).toMatchObject({
      fieldIds: [regions.a.fields[0]!.id],
      offer: { targetGroups: ["PRIMARY"] },
      place: { name: "Waldschule", latitude: 51.2277, longitude: 6.7735 },
    });
    await updateOffer(office, { ...form({ title: "Lernwerkstatt Natur und Umwelt" }), offerId: offer.id });
    expect(await publicTitles("Lernwerkstatt")).toEqual(["Lernwerkstatt Natur und Umwelt"]);
    await setOfferStatus(office, { offerId: offer.id, step: "archive" });
    expect(await publicTitles("Lernwerkstatt")).toEqual([]);
  });

  it("a partner proposes, the office sends it back with a note, the partner improves and submits, the office publishes", async () => {
    const proposal = await createOffer(partner, form({ title: "Bienen-AG", summary: "" }));
    expect((await listManagedOffers(partner)).map((o) => o.title)).toEqual(["Bienen-AG"]);
    await expect(setOfferStatus(partner, { offerId: proposal.id, step: "publish" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await setOfferStatus(partner, { offerId: proposal.id, step: "submit" });
    await expect(
      updateOffer(partner, { ...form({ title: "Bienen-AG 2" }), offerId: proposal.id }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(setOfferStatus(office, { offerId: proposal.id, step: "publish" })).rejects.toThrow("Kurzbeschreibung");
    await setOfferStatus(office, {
      offerId: proposal.id,
      step: "return",
      note: "Bitte eine Kurzbeschreibung ergänzen.",
    });
    expect((await getManagedOffer(partner, proposal.id)).offer).toMatchObject({
      status: "DRAFT",
      reviewNote: "Bitte eine Kurzbeschreibung ergänzen.",
    });
    await updateOffer(partner, {
      ...form({ title: "Bienen-AG", summary: "Imkern an der Schule." }),
      offerId: proposal.id,
    });
    await setOfferStatus(partner, { offerId: proposal.id, step: "submit" });
    await setOfferStatus(office, { offerId: proposal.id, step: "publish" });
    expect(await publicTitles("Bienen")).toEqual(["Bienen-AG"]);
  });

  it("partners see only their own proposals; other regions see nothing", async () => {
    const officeOffer = await createOffer(office, form({ title: "Nur fürs Büro" }));
    await expect(getManagedOffer(partner, officeOffer.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listManagedOffers(partner)).map((o) => o.title)).not.toContain("Nur fürs Büro");
    const foreign = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(getManagedOffer(foreign, officeOffer.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateOffer(foreign, { ...form(), offerId: officeOffer.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setOfferStatus(foreign, { offerId: officeOffer.id, step: "publish" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses bad input next to the field, and stores nothing", async () => {
    const before = (await listManagedOffers(office)).length;
    await expect(
      createOffer(office, form({ dates: `${germanDate(firstDay)} 10:00\nnächsten Dienstag` })),
    ).rejects.toMatchObject({ fieldErrors: { dates: [expect.stringContaining("Zeile 2")] } });
    await expect(createOffer(office, form({ isFree: "", price: "" }))).rejects.toMatchObject({
      fieldErrors: { price: [expect.any(String)] },
    });
    await expect(createOffer(office, form({ registrationUrl: "javascript:alert(1)" }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createOffer(office, form({ latitude: "51,2277" }))).rejects.toMatchObject({
      fieldErrors: { latitude: [expect.stringContaining("zusammen")] },
    });
    await expect(createOffer(office, form({ latitude: "40,1", longitude: "6,77" }))).rejects.toMatchObject({
      fieldErrors: { latitude: [expect.stringContaining("nicht in Deutschland")] },
    });
    await expect(createOffer(office, form({ postalCode: "4072" }))).rejects.toMatchObject({
      fieldErrors: { postalCode: ["Die Postleitzahl hat fünf Ziffern."] },
    });
    expect((await listManagedOffers(office)).length).toBe(before);
  });

  it("reports a wrong date line together with the other errors, in one answer", async () => {
    const before = (await listManagedOffers(office)).length;
    const error = await createOffer(office, form({ title: "", postalCode: "4072", dates: "nächsten Dienstag" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toMatchObject({
      title: [expect.any(String)],
      postalCode: ["Die Postleitzahl hat fünf Ziffern."],
      dates: [expect.stringContaining("Zeile 1")],
    });
    expect((await listManagedOffers(office)).length).toBe(before);
  });

  it("reads dates in German notation, Berlin time (winter and summer)", () => {
    expect(parseDateLines("1.2.2027 9:30").dates[0]!.startsAt.toISOString()).toBe("2027-02-01T08:30:00.000Z");
    expect(parseDateLines("01.07.2027 09:30 bis 11:00").dates[0]!.endsAt!.toISOString()).toBe(
      "2027-07-01T09:00:00.000Z",
    );
    expect(parseDateLines("31.02.2027 10:00").error).toContain("ist kein Termin");
    expect(parseDateLines("01.07.2027 12:00-11:00").error).toContain("Ende muss nach dem Beginn");
  });

  it("the offer page names the decision it came from only when that decision is public", async () => {
    const regionId = regions.a.region.id;
    const [open, closed] = await withRegion(regionId, async (tx) => [
      await tx.decision.create({
        data: {
          regionId,
          bodyId: regions.a.steering.id,
          number: "2026/010",
          text: "Sternwarte fördern",
          outcome: "ADOPTED",
          decidedOn: new Date("2026-05-01"),
          isPublic: true,
        },
      }),
      await tx.decision.create({
        data: {
          regionId,
          bodyId: regions.a.steering.id,
          number: "2026/011",
          text: "Intern",
          outcome: "ADOPTED",
          decidedOn: new Date("2026-05-01"),
          isPublic: false,
        },
      }),
    ]);
    for (const [decision, expected] of [
      [open!, { number: "2026/010", bodySlug: regions.a.steering.slug }],
      [closed!, null],
    ] as const) {
      const offer = await createOffer(office, form({ title: `Aus Beschluss ${decision.number}` }));
      await withRegion(regionId, (tx) =>
        tx.offer.update({ where: { regionId_id: { regionId, id: offer.id } }, data: { decisionId: decision.id } }),
      );
      await setOfferStatus(office, { offerId: offer.id, step: "publish" });
      const page = await getPublicOffer(regionId, offer.id);
      expect(page?.origin ?? null).toEqual(expected ? expect.objectContaining(expected) : null);
      expect(page).not.toHaveProperty("decision.text");
    }
  });
});
