import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../lib/core/errors.ts";
import { addMembership, endMembership } from "../../lib/governance/memberships.ts";
import { getDoneNotice } from "../../lib/core/audit/get-done-notice.ts";
import { createSeatCategory } from "../../lib/governance/create-seat-category.ts";
import { getBodyAdmin } from "../../lib/governance/get-body-admin.ts";
import { getPublicBody } from "../../lib/governance/get-public-body.ts";
import { saveAgreement } from "../../lib/governance/save-agreement.ts";
import { createPerson, setPublicationConsent } from "../../lib/governance/people.ts";
import { saveQuorumRule } from "../../lib/governance/save-quorum-rule.ts";
import { deleteSeatRule, saveSeatRule } from "../../lib/governance/seat-rules.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreignLead: Actor;
const agreementInput = {
  signedOn: "2009-03-16",
  parties: "Land NRW und Kreis",
  isOpenEnded: "on",
  endsOn: "",
  landPosts: "1,5",
  communalPosts: "1",
  supplements: "",
};

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreignLead = await actorFor(regions.b.region.id, regions.b.user.id);
  await saveAgreement(lead, agreementInput);
  await saveAgreement(foreignLead, agreementInput);
});

const auditActions = (regionId: string) =>
  withRegion(regionId, (tx) => tx.auditEvent.findMany({ where: { regionId }, orderBy: { createdAt: "asc" } })).then(
    (rows) => rows.map((r) => r.action),
  );

async function person(actor: Actor, familyName: string, consent = false) {
  return createPerson(actor, {
    title: "",
    givenName: "Jörg",
    familyName,
    organisation: "Schule am Wald",
    email: "",
    publicationConsent: consent ? "on" : "",
  });
}

describe("contract and seat rules", () => {
  it("records the contract with German validation, and audits it", async () => {
    await expect(
      saveAgreement(lead, { ...agreementInput, signedOn: "2009-02-30", isOpenEnded: "", landPosts: "viel" }),
    ).rejects.toMatchObject({
      fieldErrors: {
        signedOn: [expect.stringContaining("ein gültiges Datum an")],
        landPosts: [expect.stringContaining("Zahl wie 1 oder 1,5")],
      },
    });
    await expect(saveAgreement(lead, { ...agreementInput, isOpenEnded: "" })).rejects.toMatchObject({
      fieldErrors: { endsOn: [expect.stringContaining("Vertragsende")] },
    });
    const saved = await saveAgreement(lead, { ...agreementInput, landPosts: "2,25" });
    expect(Number(saved.landPosts)).toBe(2.25);
    expect(await auditActions(regions.a.region.id)).toContain("agreement.updated");
  });

  it("saves seat rules and refuses nonsense", async () => {
    const rule = await saveSeatRule(lead, {
      bodyId: regions.a.steering.id,
      seatCategoryId: regions.a.category("kreis").id,
      minSeats: "1",
      maxSeats: "1",
      hasVote: "on",
    });
    expect(rule.rule).toMatchObject({ minSeats: 1, maxSeats: 1, hasVote: true });
    await expect(
      saveSeatRule(lead, {
        bodyId: regions.a.steering.id,
        seatCategoryId: regions.a.category("kreis").id,
        minSeats: "3",
        maxSeats: "2",
        hasVote: "on",
      }),
    ).rejects.toMatchObject({
      fieldErrors: { maxSeats: ["Die Höchstzahl darf nicht kleiner sein als die Mindestzahl."] },
    });
    await expect(
      saveSeatRule(lead, {
        bodyId: regions.a.steering.id,
        seatCategoryId: regions.a.category("gast").id,
        minSeats: "0",
        maxSeats: "",
        hasVote: "on",
        isAdvisory: "on",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await auditActions(regions.a.region.id)).toContain("seat-rule.saved");
  });

  it("region-defined seat categories, unique per region", async () => {
    const category = await createSeatCategory(lead, { name: "Jugendhilfe" });
    expect(category.key).toBe("jugendhilfe");
    await expect(createSeatCategory(lead, { name: "Jugendhilfe" })).rejects.toMatchObject({
      fieldErrors: { name: ["Diese Sitzkategorie gibt es schon."] },
    });
    expect((await createSeatCategory(foreignLead, { name: "Jugendhilfe" })).regionId).toBe(regions.b.region.id);
  });

  it("stores the quorum rule with the contract", async () => {
    const rule = await saveQuorumRule(lead, {
      bodyId: regions.a.steering.id,
      kind: "FRACTION",
      numerator: "2",
      denominator: "3",
      deputiesCount: "on",
    });
    expect(rule).toMatchObject({ kind: "FRACTION", numerator: 2, denominator: 3, deputiesCount: true });
    await expect(
      saveQuorumRule(lead, { bodyId: regions.a.steering.id, kind: "FRACTION", numerator: "4", denominator: "3" }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("memberships and the composition check", () => {
  it("fills the seats up to the maximum, refuses beyond it naming the rule, and stores nothing then", async () => {
    const rule = { bodyId: regions.a.steering.id, seatCategoryId: regions.a.category("schulleitung").id };
    await saveSeatRule(lead, { ...rule, minSeats: "2", maxSeats: "2", hasVote: "on" });
    const add = async (name: string) =>
      addMembership(lead, {
        ...rule,
        personId: (await person(lead, name)).id,
        function: "MEMBER",
        hasVote: "on",
        startsOn: "2025-01-01",
        endsOn: "",
        deputyOfId: "",
      });

    const first = await add("Schäfer");
    expect(first.warnings).toContain("Schulleitung: 1 Sitz ist unbesetzt (Regel: Schulleitung: genau 2).");
    const second = await add("Müller");
    expect(second.warnings.filter((w) => w.startsWith("Schulleitung"))).toEqual([]);

    const before = await withRegion(regions.a.region.id, (tx) => tx.membership.count());
    await expect(add("Über")).rejects.toThrow(
      "Kein Sitz mehr frei: Die Sitzregel „Schulleitung: genau 2“ ist mit 2 Mitgliedern ausgeschöpft.",
    );
    expect(await withRegion(regions.a.region.id, (tx) => tx.membership.count())).toBe(before);
  });

  it("concurrent adds cannot both take the last seat", async () => {
    const category = await createSeatCategory(lead, { name: "Wirtschaft" });
    const rule = { bodyId: regions.a.steering.id, seatCategoryId: category.id };
    await saveSeatRule(lead, { ...rule, minSeats: "0", maxSeats: "1", hasVote: "on" });
    const people = await Promise.all(["Erste", "Zweite", "Dritte", "Vierte"].map((n) => person(lead, n)));
    const results = await Promise.allSettled(
      people.map((p) =>
        addMembership(lead, {
          ...rule,
          personId: p.id,
          function: "MEMBER",
          hasVote: "on",
          startsOn: "2025-01-01",
          deputyOfId: "",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason instanceof ConflictError),
    ).toBe(true);
  });

  it("a deputy does not take a seat; ending a membership leaves history and a vacancy warning", async () => {
    const body = await getBodyAdmin(lead, "lenkungskreis");
    const principal = body.sitting.find((m) => m.person.familyName === "Schäfer")!;
    const deputy = await person(lead, "Vertretung");
    const added = await addMembership(lead, {
      bodyId: regions.a.steering.id,
      seatCategoryId: regions.a.category("schulleitung").id,
      personId: deputy.id,
      function: "MEMBER",
      hasVote: "on",
      startsOn: "2025-01-01",
      deputyOfId: principal.id,
    });
    expect(added.membership.deputyOfId).toBe(principal.id);

    const ended = await endMembership(lead, { membershipId: principal.id });
    expect(ended.warnings).toContain("Schulleitung: 1 Sitz ist unbesetzt (Regel: Schulleitung: genau 2).");
    // The confirmation is read back from the audit entry: own, region-scoped, fresh.
    expect(await getDoneNotice(regions.a.region.id, regions.a.user.id, ended.auditId)).toBe(
      "Die Mitgliedschaft von Jörg Schäfer (Schulleitung) im Lenkungskreis ist beendet.",
    );
    expect(await getDoneNotice(regions.b.region.id, regions.b.user.id, ended.auditId)).toBeNull();
    expect(await getDoneNotice(regions.a.region.id, regions.b.user.id, ended.auditId)).toBeNull();
    expect(await getDoneNotice(regions.a.region.id, regions.a.user.id, "kein-uuid")).toBeNull();
    const after = await getBodyAdmin(lead, "lenkungskreis");
    expect(after.history.map((m) => m.id)).toContain(principal.id);
    await expect(endMembership(lead, { membershipId: principal.id })).rejects.toThrow("bereits beendet");
    expect(await auditActions(regions.a.region.id)).toEqual(
      expect.arrayContaining(["membership.added", "membership.ended", "person.created"]),
    );
  });

  it("no vote on an advisory seat", async () => {
    await saveSeatRule(lead, {
      bodyId: regions.a.steering.id,
      seatCategoryId: regions.a.category("gast").id,
      minSeats: "0",
      maxSeats: "",
      isAdvisory: "on",
    });
    const guest = await person(lead, "Gast");
    await expect(
      addMembership(lead, {
        bodyId: regions.a.steering.id,
        seatCategoryId: regions.a.category("gast").id,
        personId: guest.id,
        function: "ADVISORY",
        hasVote: "on",
        startsOn: "2025-01-01",
        deputyOfId: "",
      }),
    ).rejects.toMatchObject({
      fieldErrors: { hasVote: [expect.stringContaining("kein Stimmrecht")] },
    });
  });

  it("a maximum below the seats already filled is refused", async () => {
    await expect(
      saveSeatRule(lead, {
        bodyId: regions.a.steering.id,
        seatCategoryId: regions.a.category("schulleitung").id,
        minSeats: "0",
        maxSeats: "0",
        hasVote: "on",
      }),
    ).rejects.toMatchObject({
      fieldErrors: { maxSeats: [expect.stringContaining("wäre schon jetzt überschritten")] },
    });
  });
});

describe("public composition", () => {
  it("names only people who consented; others are N. N. with their seat; never e-mail", async () => {
    const named = await person(lead, "Öffentlich", true);
    await withRegion(regions.a.region.id, (tx) =>
      tx.person.update({
        where: { regionId_id: { regionId: regions.a.region.id, id: named.id } },
        data: { email: "geheim@test.example" },
      }),
    );
    await addMembership(lead, {
      bodyId: regions.a.steering.id,
      seatCategoryId: regions.a.category("kreis").id,
      personId: named.id,
      function: "CHAIR",
      hasVote: "on",
      startsOn: "2025-01-01",
      deputyOfId: "",
    });
    const page = await getPublicBody(regions.a.region.id, "lenkungskreis");
    const text = JSON.stringify(page);
    expect(text).toContain("Jörg Öffentlich");
    expect(text).toContain("N. N. (Schulleitung)");
    expect(text).not.toContain("Müller");
    expect(text).not.toContain("geheim@test.example");

    await setPublicationConsent(lead, { personId: named.id, publicationConsent: "" });
    expect(JSON.stringify(await getPublicBody(regions.a.region.id, "lenkungskreis"))).not.toContain("Öffentlich");
  });
});

describe("cross-region: every id-taking action answers 'not found' for another region's ids", () => {
  it("seat rules, quorum, memberships, consent", async () => {
    const foreignPerson = await person(foreignLead, "Fremd");
    const foreignBody = await getBodyAdmin(foreignLead, "lenkungskreis");
    const foreignRule = await saveSeatRule(foreignLead, {
      bodyId: regions.b.steering.id,
      seatCategoryId: regions.b.category("kreis").id,
      minSeats: "1",
      maxSeats: "1",
      hasVote: "on",
    });
    const foreignMembership = await addMembership(foreignLead, {
      bodyId: regions.b.steering.id,
      seatCategoryId: regions.b.category("kreis").id,
      personId: foreignPerson.id,
      function: "MEMBER",
      hasVote: "on",
      startsOn: "2025-01-01",
      deputyOfId: "",
    });

    const attempts = [
      () =>
        saveSeatRule(lead, {
          bodyId: foreignBody.body.id,
          seatCategoryId: regions.a.category("kreis").id,
          minSeats: "0",
          maxSeats: "1",
          hasVote: "on",
        }),
      () =>
        saveSeatRule(lead, {
          bodyId: regions.a.steering.id,
          seatCategoryId: regions.b.category("kreis").id,
          minSeats: "0",
          maxSeats: "1",
          hasVote: "on",
        }),
      () => deleteSeatRule(lead, { ruleId: foreignRule.rule.id }),
      () => saveQuorumRule(lead, { bodyId: regions.b.steering.id, kind: "MORE_THAN_HALF" }),
      () =>
        addMembership(lead, {
          bodyId: regions.a.steering.id,
          seatCategoryId: regions.a.category("kreis").id,
          personId: foreignPerson.id,
          function: "MEMBER",
          startsOn: "2025-01-01",
          deputyOfId: "",
        }),
      () =>
        addMembership(lead, {
          bodyId: regions.b.steering.id,
          seatCategoryId: regions.a.category("kreis").id,
          personId: regions.a.person.id,
          function: "MEMBER",
          startsOn: "2025-01-01",
          deputyOfId: "",
        }),
      () => endMembership(lead, { membershipId: foreignMembership.membership.id }),
      () => setPublicationConsent(lead, { personId: foreignPerson.id, publicationConsent: "on" }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    const still = await getBodyAdmin(foreignLead, "lenkungskreis");
    expect(still.sitting.map((m) => m.id)).toContain(foreignMembership.membership.id);
  });

  it("members without the right get 'not found' too", async () => {
    const member = await withoutRegion((tx) => createUser(tx));
    await withRegion(regions.a.region.id, (tx) => grantRole(tx, regions.a.region.id, member.id, "STEERING_MEMBER"));
    const steering = await actorFor(regions.a.region.id, member.id);
    await expect(saveAgreement(steering, agreementInput)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getBodyAdmin(steering, "lenkungskreis")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPerson(steering, { givenName: "A", familyName: "B" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("audit trail", () => {
  it("every kind of change leaves an entry with actor, action and entity", async () => {
    const category = await createSeatCategory(lead, { name: "Hochschule" });
    const rule = await saveSeatRule(lead, {
      bodyId: regions.a.conference.id,
      seatCategoryId: category.id,
      minSeats: "0",
      maxSeats: "2",
      hasVote: "on",
    });
    await deleteSeatRule(lead, { ruleId: rule.rule.id });
    await saveQuorumRule(lead, { bodyId: regions.a.conference.id, kind: "AT_LEAST_HALF", deputiesCount: "" });
    const p = await person(lead, "Protokoll");
    await setPublicationConsent(lead, { personId: p.id, publicationConsent: "on" });
    await setPublicationConsent(lead, { personId: p.id, publicationConsent: "" });
    const m = await addMembership(lead, {
      bodyId: regions.a.conference.id,
      seatCategoryId: category.id,
      personId: p.id,
      function: "MEMBER",
      startsOn: "2025-01-01",
      deputyOfId: "",
    });
    await endMembership(lead, { membershipId: m.membership.id });

    const events = await withRegion(regions.a.region.id, (tx) =>
      tx.auditEvent.findMany({ where: { regionId: regions.a.region.id } }),
    );
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      "agreement.created",
      "agreement.updated",
      "seat-category.created",
      "seat-rule.saved",
      "seat-rule.deleted",
      "quorum-rule.saved",
      "person.created",
      "person.consent-given",
      "person.consent-withdrawn",
      "membership.added",
      "membership.ended",
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(events.every((e) => e.actorId === regions.a.user.id && e.entityId)).toBe(true);
  });
});
