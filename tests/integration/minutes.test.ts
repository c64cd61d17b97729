import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { approveMinutes, listApprovalItems } from "../../lib/meetings/approve-minutes.ts";
import { circulateMinutes } from "../../lib/meetings/circulate-minutes.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { getMeeting } from "../../lib/meetings/get-meeting.ts";
import { getMinutes, MINUTES_CONFLICT, returnMinutesToDraft, saveMinutes } from "../../lib/meetings/minutes.ts";
import {
  getMinutesComments,
  saveMinutesComment,
  setMinutesCommentDone,
  withdrawMinutesComment,
} from "../../lib/meetings/minutes-comments.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMembership, createPerson, createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { dateFromNow, daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreignLead: Actor;
let member: Actor;
let chair: Actor;
let otherBodyMember: Actor;
let foreignMember: Actor;
let meetingId: string;
let itemIds: string[];

/** A meeting of the body with these TOPs, through the use cases. */
async function meetingWith(
  actor: Actor,
  input: { bodyId: string; startsAt: string; endsAt?: string; title?: string },
  titles: string[],
) {
  const meeting = await createMeeting(actor, { title: "Sitzung", location: "Raum 2", ...input });
  const ids: string[] = [];
  for (const [index, title] of titles.entries())
    ids.push(
      (await addAgendaItem(actor, { meetingId: meeting.id, version: String(index + 1), title, kind: "INFORMATION" }))
        .id,
    );
  return { id: meeting.id, itemIds: ids };
}

/** A login with a role and a seat in a body of the region (a person with that e-mail address). */
async function seatedUser(
  regionId: string,
  bodyId: string,
  categoryId: string,
  person: { givenName: string; familyName: string; email: string },
  func: "CHAIR" | "MEMBER" = "MEMBER",
) {
  const user = await withoutRegion((tx) => createUser(tx));
  await withRegion(regionId, async (tx) => {
    await grantRole(tx, regionId, user.id, "STEERING_MEMBER");
    const created = await createPerson(tx, regionId, { userId: user.id, ...person });
    await createMembership(tx, regionId, { bodyId, personId: created.id, seatCategoryId: categoryId, function: func });
  });
  return actorFor(regionId, user.id);
}

const outbox = (regionId: string, prefix: string) =>
  withRegion(regionId, (tx) =>
    tx.outboxEmail.findMany({ where: { idempotencyKey: { startsWith: prefix } }, orderBy: { toAddress: "asc" } }),
  );

const minutesOf = async (id: string) => (await getMinutes(lead, id)).minutes!;

beforeAll(async () => {
  regions = await twoRegions();
  const { a, b } = regions;
  lead = await actorFor(a.region.id, a.user.id);
  foreignLead = await actorFor(b.region.id, b.user.id);
  const kreis = a.category("kreis").id;
  member = await seatedUser(a.region.id, a.steering.id, kreis, {
    givenName: "Mara",
    familyName: "Mitglied",
    email: "mara.mitglied@test.example",
  });
  chair = await seatedUser(
    a.region.id,
    a.steering.id,
    kreis,
    { givenName: "Vera", familyName: "Vorsitz", email: "vera.vorsitz@test.example" },
    "CHAIR",
  );
  await withRegion(a.region.id, async (tx) => {
    const noAddress = await createPerson(tx, a.region.id, { givenName: "Otto", familyName: "Ohnepost" });
    await createMembership(tx, a.region.id, { bodyId: a.steering.id, personId: noAddress.id, seatCategoryId: kreis });
  });
  otherBodyMember = await seatedUser(a.region.id, a.conference.id, kreis, {
    givenName: "Karl",
    familyName: "Konferenz",
    email: "karl.konferenz@test.example",
  });
  foreignMember = await seatedUser(b.region.id, b.steering.id, b.category("kreis").id, {
    givenName: "Frida",
    familyName: "Fremd",
    email: "frida.fremd@test.example",
  });
  const meeting = await meetingWith(
    lead,
    { bodyId: a.steering.id, title: "3. Sitzung", startsAt: daysFromNow(-10, "14:00") },
    ["Begrüßung", "Arbeitsprogramm"],
  );
  meetingId = meeting.id;
  itemIds = meeting.itemIds;
});

describe("minutes", () => {
  it("are created on first save with a text per TOP and the Beschlussfähigkeit", async () => {
    const saved = await saveMinutes(lead, {
      meetingId,
      version: "0",
      preamble: "Sitzungsleitung: Björn Schäfer",
      [`entry:${itemIds[0]}`]: "Die Vorsitzende **begrüßt** alle.",
      [`entry:${itemIds[1]}`]: "- Punkt eins\n- Punkt zwei",
    });
    expect(saved.version).toBe(1);
    const { minutes, agenda, quorum } = await getMinutes(lead, meetingId);
    expect(minutes).toMatchObject({ status: "DRAFT", version: 1, preamble: "Sitzungsleitung: Björn Schäfer" });
    expect(minutes!.quorumNote).toBe(quorum!.statement);
    expect(agenda.map((i) => i.text)).toEqual(["Die Vorsitzende **begrüßt** alle.", "- Punkt eins\n- Punkt zwei"]);
  });

  it("a second save on a stale version is refused and changes nothing", async () => {
    await saveMinutes(lead, {
      meetingId,
      version: "1",
      preamble: "Fassung von Person A",
      [`entry:${itemIds[0]}`]: "Text A",
    });
    await expect(
      saveMinutes(lead, {
        meetingId,
        version: "1",
        preamble: "Fassung von Person B",
        [`entry:${itemIds[0]}`]: "Text B",
      }),
    ).rejects.toThrow(MINUTES_CONFLICT);
    const { minutes, agenda } = await getMinutes(lead, meetingId);
    expect(minutes).toMatchObject({ version: 2, preamble: "Fassung von Person A" });
    expect(agenda[0]!.text).toBe("Text A");
  });

  it("concurrent saves of the same version: exactly one wins", async () => {
    const results = await Promise.allSettled(
      ["X", "Y", "Z"].map((t) => saveMinutes(lead, { meetingId, version: "2", preamble: t })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason instanceof ConflictError),
    ).toBe(true);
  });

  it("members cannot write; another region's meeting or TOP is not found", async () => {
    await expect(saveMinutes(member, { meetingId, version: "0", preamble: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMinutes(foreignLead, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveMinutes(foreignLead, { meetingId, version: "0", preamble: "x" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const foreignMeeting = await createMeeting(foreignLead, {
      bodyId: regions.b.steering.id,
      title: "Fremd",
      startsAt: daysFromNow(-9, "10:00"),
      location: "Raum",
    });
    await expect(
      saveMinutes(foreignLead, {
        meetingId: foreignMeeting.id,
        version: "0",
        preamble: "",
        [`entry:${itemIds[0]}`]: "eingeschleust",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("minutes: dates", () => {
  it("cannot be written before the meeting day; the page data says why", async () => {
    const future = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(3, "10:00") }, [
      "Bericht",
    ]);
    await expect(saveMinutes(lead, { meetingId: future.id, version: "0", preamble: "vorab" })).rejects.toThrow(
      "erst ab dem Sitzungstag",
    );
    expect((await getMinutes(lead, future.id)).writeRefusal).toContain("erst ab dem Sitzungstag");
    expect((await getMinutes(lead, future.id)).minutes).toBeNull();
  });

  it("can be written on the meeting day itself (Berlin time), but not approved before the meeting ended", async () => {
    const today = await meetingWith(
      lead,
      { bodyId: regions.a.steering.id, startsAt: daysFromNow(0, "00:00"), endsAt: daysFromNow(1, "00:00") },
      ["Bericht"],
    );
    expect((await getMinutes(lead, today.id)).writeRefusal).toBeNull();
    await saveMinutes(lead, { meetingId: today.id, version: "0", preamble: "Mitschrift" });
    await circulateMinutes(lead, { meetingId: today.id, round: "0" });
    const minutes = await minutesOf(today.id);
    expect((await getMinutes(lead, today.id)).approvalRefusal).toContain("wenn die Sitzung stattgefunden hat");
    await expect(
      approveMinutes(lead, {
        via: "DATE",
        meetingId: today.id,
        version: String(minutes.version),
        approvedOn: dateFromNow(0),
        approvedBy: "Vorsitz",
      }),
    ).rejects.toThrow("wenn die Sitzung stattgefunden hat");
    expect((await minutesOf(today.id)).status).toBe("CIRCULATED");
  });

  it("cannot be written for a cancelled meeting", async () => {
    const cancelled = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(-4, "10:00") }, [
      "Bericht",
    ]);
    await withRegion(regions.a.region.id, (tx) =>
      tx.meeting.update({
        where: { regionId_id: { regionId: regions.a.region.id, id: cancelled.id } },
        data: { status: "CANCELLED" },
      }),
    );
    await expect(saveMinutes(lead, { meetingId: cancelled.id, version: "0", preamble: "x" })).rejects.toThrow(
      "abgesagt",
    );
  });

  it("direct approval: the date is neither before the meeting day nor in the future, and who approved is named", async () => {
    const held = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(-6, "18:00") }, [
      "Bericht",
    ]);
    await saveMinutes(lead, { meetingId: held.id, version: "0", preamble: "Text" });
    await expect(
      approveMinutes(lead, {
        via: "DATE",
        meetingId: held.id,
        version: "1",
        approvedOn: dateFromNow(-1),
        approvedBy: "Vorsitz",
      }),
    ).rejects.toThrow("zuerst zur Durchsicht");
    await circulateMinutes(lead, { meetingId: held.id, round: "0" });
    const version = String((await minutesOf(held.id)).version);
    const approve = (approvedOn: string, approvedBy = "Vorsitz") =>
      approveMinutes(lead, { via: "DATE", meetingId: held.id, version, approvedOn, approvedBy });
    await expect(approve(dateFromNow(-7))).rejects.toMatchObject({
      fieldErrors: { approvedOn: [expect.stringContaining("vor der Sitzung")] },
    });
    await expect(approve(dateFromNow(1))).rejects.toMatchObject({
      fieldErrors: { approvedOn: [expect.stringContaining("in der Zukunft")] },
    });
    await expect(approve(dateFromNow(-1), "")).rejects.toMatchObject({
      fieldErrors: { approvedBy: [expect.stringContaining("wer das Protokoll genehmigt hat")] },
    });
    expect((await minutesOf(held.id)).status).toBe("CIRCULATED");
    await approve(dateFromNow(-6), "Lenkungskreis im Umlaufverfahren");
    const approved = (await getMinutes(member, held.id)).minutes!;
    expect(approved).toMatchObject({ status: "APPROVED", approvedBy: "Lenkungskreis im Umlaufverfahren" });
    expect(approved.approvedInItem).toBeNull();
    expect(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(approved.approvedAt!)).toBe(
      dateFromNow(-6),
    );
    await expect(
      saveMinutes(lead, { meetingId: held.id, version: String(approved.version), preamble: "" }),
    ).rejects.toThrow("genehmigt");
    await expect(
      returnMinutesToDraft(lead, { meetingId: held.id, version: String(approved.version) }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("minutes: approval under a later meeting's TOP", () => {
  let earlier: { id: string; itemIds: string[] };
  let later: { id: string; itemIds: string[] };

  beforeAll(async () => {
    earlier = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(-30, "14:00") }, [
      "Bericht",
    ]);
    later = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(-2, "14:00") }, [
      "Begrüßung",
      "Genehmigung des Protokolls der letzten Sitzung",
    ]);
    await saveMinutes(lead, { meetingId: earlier.id, version: "0", preamble: "Text" });
    await circulateMinutes(lead, { meetingId: earlier.id, round: "0" });
  });

  it("offers the TOPs of later, begun meetings of the same body, the approval TOP first", async () => {
    const otherBody = await meetingWith(lead, { bodyId: regions.a.conference.id, startsAt: daysFromNow(-1, "10:00") }, [
      "Genehmigung des Protokolls",
    ]);
    const upcoming = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(5, "10:00") }, [
      "Genehmigung des Protokolls",
    ]);
    const items = await listApprovalItems(lead, earlier.id);
    const ids = items.map((i) => i.id);
    expect(ids[0]).toBe(later.itemIds[1]);
    expect(items[0]!.label).toContain("TOP 2: Genehmigung des Protokolls der letzten Sitzung");
    expect(ids).toContain(later.itemIds[0]);
    expect(ids).not.toContain(earlier.itemIds[0]);
    expect(ids).not.toContain(otherBody.itemIds[0]);
    expect(ids).not.toContain(upcoming.itemIds[0]);

    const version = String((await minutesOf(earlier.id)).version);
    for (const refused of [earlier.itemIds[0], otherBody.itemIds[0], upcoming.itemIds[0]])
      await expect(
        approveMinutes(lead, { via: "TOP", meetingId: earlier.id, version, agendaItemId: refused }),
      ).rejects.toMatchObject({ fieldErrors: { agendaItemId: [expect.stringContaining("späteren Sitzung")] } });
    expect((await minutesOf(earlier.id)).status).toBe("CIRCULATED");
  });

  it("links both ways: the minutes name the meeting and TOP, the TOP links to the minutes", async () => {
    const version = String((await minutesOf(earlier.id)).version);
    const { approvedBy } = await approveMinutes(lead, {
      via: "TOP",
      meetingId: earlier.id,
      version,
      agendaItemId: later.itemIds[1],
    });
    expect(approvedBy).toMatch(/^Lenkungskreis in der Sitzung vom .+, TOP 2$/);
    const { minutes } = await getMinutes(member, earlier.id);
    expect(minutes).toMatchObject({ status: "APPROVED", approvedInItemId: later.itemIds[1] });
    expect(minutes!.approvedInItem).toMatchObject({ number: "TOP 2", meeting: { id: later.id } });
    const laterMeeting = await getMeeting(member, later.id);
    expect(laterMeeting.agenda[1]!.approvesMinutes).toEqual([
      expect.objectContaining({ id: minutes!.id, meeting: expect.objectContaining({ id: earlier.id }) }),
    ]);
    expect(laterMeeting.agenda[0]!.approvesMinutes).toEqual([]);
  });

  it("another region's lead cannot approve or list with these ids; a foreign TOP id is not found", async () => {
    await expect(listApprovalItems(foreignLead, earlier.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      approveMinutes(foreignLead, { via: "TOP", meetingId: earlier.id, version: "1", agendaItemId: later.itemIds[1] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const own = await meetingWith(foreignLead, { bodyId: regions.b.steering.id, startsAt: daysFromNow(-8, "10:00") }, [
      "Bericht",
    ]);
    await saveMinutes(foreignLead, { meetingId: own.id, version: "0", preamble: "B" });
    await circulateMinutes(foreignLead, { meetingId: own.id, round: "0" });
    const version = String((await getMinutes(foreignLead, own.id)).minutes!.version);
    await expect(
      approveMinutes(foreignLead, { via: "TOP", meetingId: own.id, version, agendaItemId: later.itemIds[1] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(listApprovalItems(member, earlier.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("minutes: Zur Durchsicht versenden", () => {
  let held: { id: string; itemIds: string[] };

  beforeAll(async () => {
    held = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(-5, "16:00") }, ["Bericht"]);
    await saveMinutes(lead, { meetingId: held.id, version: "0", preamble: "Entwurf" });
  });

  it("e-mails every member of the body (the chair too) a link to the draft, once; again only when asked", async () => {
    const minutesId = (await minutesOf(held.id)).id;
    const first = await circulateMinutes(lead, { meetingId: held.id, round: "0" });
    expect(first).toMatchObject({ queued: 2, alreadySent: "" });
    expect(first.withoutAddress).toEqual(["Otto Ohnepost"]);
    const mails = await outbox(regions.a.region.id, `minutes-review:${minutesId}:`);
    expect(mails.map((m) => m.toAddress)).toEqual(["mara.mitglied@test.example", "vera.vorsitz@test.example"]);
    for (const mail of mails) {
      expect(mail.subject).toContain("Protokollentwurf zur Durchsicht: Sitzung");
      expect(mail.textBody).toContain(`/${regions.a.region.slug}/intern/sitzungen/${held.id}/protokoll`);
    }
    const after = await minutesOf(held.id);
    expect(after).toMatchObject({ status: "CIRCULATED", circulationRound: 1 });
    expect(after.circulatedAt).toBeInstanceOf(Date);
    expect((await getMinutes(member, held.id)).minutes?.status).toBe("CIRCULATED");

    // the same form pressed again, or without confirming: nothing is sent
    const again = await circulateMinutes(lead, { meetingId: held.id, round: "0", resend: "on" });
    expect(again.queued).toBe(0);
    expect(again.alreadySent).toContain("bereits");
    expect((await circulateMinutes(lead, { meetingId: held.id, round: "1" })).queued).toBe(0);
    expect(await outbox(regions.a.region.id, `minutes-review:${minutesId}:`)).toHaveLength(2);

    // confirmed: a second round
    expect((await circulateMinutes(lead, { meetingId: held.id, round: "1", resend: "on" })).queued).toBe(2);
    expect(await outbox(regions.a.region.id, `minutes-review:${minutesId}:`)).toHaveLength(4);
    expect((await minutesOf(held.id)).circulationRound).toBe(2);
    const audit = await withRegion(regions.a.region.id, (tx) =>
      tx.auditEvent.findMany({ where: { entityId: minutesId, action: "minutes.circulated" } }),
    );
    expect(audit.map((a) => (a.details as { round: number }).round).sort()).toEqual([1, 2]);
  });

  it("only the office circulates; another region's lead gets not found", async () => {
    await expect(circulateMinutes(member, { meetingId: held.id, round: "2", resend: "on" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      circulateMinutes(foreignLead, { meetingId: held.id, round: "2", resend: "on" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await minutesOf(held.id)).circulationRound).toBe(2);
  });
});

describe("minutes: comments per TOP during review", () => {
  let held: { id: string; itemIds: string[] };
  let maraComment: string;

  beforeAll(async () => {
    held = await meetingWith(lead, { bodyId: regions.a.steering.id, startsAt: daysFromNow(-3, "09:00") }, [
      "Bericht",
      "Haushalt",
    ]);
    await saveMinutes(lead, {
      meetingId: held.id,
      version: "0",
      preamble: "",
      [`entry:${held.itemIds[0]}`]: "Text zum Bericht",
    });
  });

  it("no comments on a draft that was not sent; members do not see it at all", async () => {
    expect((await getMinutes(member, held.id)).minutes).toBeNull();
    await expect(saveMinutesComment(member, { agendaItemId: held.itemIds[0], text: "zu früh" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await getMinutesComments(member, held.id)).toMatchObject({ canComment: false, comments: [] });
  });

  it("members write, change and withdraw their own comment; the office sees all and marks them done", async () => {
    await circulateMinutes(lead, { meetingId: held.id, round: "0" });
    expect((await getMinutesComments(member, held.id)).canComment).toBe(true);
    await saveMinutesComment(member, { agendaItemId: held.itemIds[0], text: "Bitte Zahl ergänzen." });
    await saveMinutesComment(member, { agendaItemId: held.itemIds[0], text: "Bitte die Zahl 42 ergänzen." });
    await saveMinutesComment(chair, { agendaItemId: held.itemIds[1], text: "Haushalt: Betrag prüfen." });
    await expect(saveMinutesComment(member, { agendaItemId: held.itemIds[1], text: "  " })).rejects.toMatchObject({
      fieldErrors: { text: [expect.stringContaining("Anmerkung")] },
    });

    const office = await getMinutesComments(lead, held.id);
    expect(office.canMarkDone).toBe(true);
    expect(office.comments.map((c) => [c.authorName, c.text])).toEqual([
      ["Mara Mitglied", "Bitte die Zahl 42 ergänzen."],
      ["Vera Vorsitz", "Haushalt: Betrag prüfen."],
    ]);
    const mine = await getMinutesComments(member, held.id);
    expect(mine.comments.map((c) => c.text)).toEqual(["Bitte die Zahl 42 ergänzen."]);
    maraComment = mine.comments[0]!.id;

    await expect(setMinutesCommentDone(member, { commentId: maraComment, done: "on" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await setMinutesCommentDone(lead, { commentId: maraComment, done: "on" });
    expect((await getMinutesComments(lead, held.id)).comments[0]!.doneAt).toBeInstanceOf(Date);
    await setMinutesCommentDone(lead, { commentId: maraComment });
    expect((await getMinutesComments(lead, held.id)).comments[0]!.doneAt).toBeNull();

    const chairComment = office.comments.find((c) => c.authorName === "Vera Vorsitz")!.id;
    await expect(withdrawMinutesComment(member, { commentId: chairComment })).rejects.toBeInstanceOf(NotFoundError);
    await withdrawMinutesComment(chair, { commentId: chairComment });
    expect((await getMinutesComments(lead, held.id)).comments.map((c) => c.authorName)).toEqual(["Mara Mitglied"]);
  });

  it("a member of another body sees nothing and cannot comment", async () => {
    await expect(getMinutesComments(otherBodyMember, held.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveMinutesComment(otherBodyMember, { agendaItemId: held.itemIds[0], text: "fremd" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawMinutesComment(otherBodyMember, { commentId: maraComment })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("another region's lead and member get not found for these TOP and comment ids", async () => {
    await expect(getMinutesComments(foreignLead, held.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveMinutesComment(foreignMember, { agendaItemId: held.itemIds[0], text: "fremd" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawMinutesComment(foreignMember, { commentId: maraComment })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(setMinutesCommentDone(foreignLead, { commentId: maraComment, done: "on" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getMinutesComments(lead, held.id)).comments).toHaveLength(1);
  });

  it("are not part of the approved minutes: after approval nobody sees them, and the PDF has none", async () => {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { minutesPdf } = await import("../../lib/meetings/meeting-pdf.ts");
    const version = String((await minutesOf(held.id)).version);
    await approveMinutes(lead, {
      via: "DATE",
      meetingId: held.id,
      version,
      approvedOn: dateFromNow(0),
      approvedBy: "Vorsitz",
    });
    expect((await getMinutesComments(lead, held.id)).comments).toEqual([]);
    await expect(saveMinutesComment(member, { agendaItemId: held.itemIds[0], text: "zu spät" })).rejects.toThrow(
      "solange der Entwurf zur Durchsicht versandt ist",
    );
    const pdf = (await minutesPdf(member, held.id))!;
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf.pdf)), { mergePages: true })).text;
    expect(text).toContain("Text zum Bericht");
    expect(text).not.toContain("42 ergänzen");
  });
});

describe("PDF exports", () => {
  it("the invitation and the minutes open as PDF and contain the agenda, attendance by name and decisions with counts", async () => {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { invitationPdf, minutesPdf } = await import("../../lib/meetings/meeting-pdf.ts");
    const textOf = async (pdf: Buffer) =>
      (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;
    const regionId = regions.a.region.id;
    await withRegion(regionId, async (tx) => {
      const seats = await tx.membership.findMany({
        where: { regionId, bodyId: regions.a.steering.id },
        include: { person: true },
      });
      for (const seat of seats)
        await tx.attendance.create({
          data: {
            regionId,
            meetingId,
            membershipId: seat.id,
            status: seat.person.familyName === "Ohnepost" ? "EXCUSED" : "PRESENT",
          },
        });
      // Otto's personal deputy stood in for him
      const otto = seats.find((s) => s.person.familyName === "Ohnepost")!;
      const dora = await createPerson(tx, regionId, { givenName: "Dora", familyName: "Stellvertreterin" });
      const deputy = await createMembership(tx, regionId, {
        bodyId: regions.a.steering.id,
        personId: dora.id,
        seatCategoryId: otto.seatCategoryId,
        deputyOfId: otto.id,
      });
      await tx.attendance.create({ data: { regionId, meetingId, membershipId: deputy.id, status: "PRESENT" } });
      await tx.attendance.update({
        where: { regionId_meetingId_membershipId: { regionId, meetingId, membershipId: otto.id } },
        data: { representedById: deputy.id },
      });
      await tx.decision.create({
        data: {
          regionId,
          bodyId: regions.a.steering.id,
          meetingId,
          agendaItemId: itemIds[1],
          number: "2099/017",
          text: "Das Arbeitsprogramm wird beschlossen.",
          outcome: "ADOPTED",
          yesCount: 2,
          noCount: 0,
          abstainCount: 1,
          decidedOn: new Date(`${dateFromNow(-10)}T00:00:00Z`),
        },
      });
    });

    const invitation = await invitationPdf(lead, meetingId);
    expect(invitation.fileName).toMatch(/^einladung-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(invitation.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const invitationText = await textOf(invitation.pdf);
    for (const expected of ["Einladung", "3. Sitzung", "TOP 1: Begrüßung", "TOP 2: Arbeitsprogramm"])
      expect(invitationText).toContain(expected);

    const page = await getMinutes(lead, meetingId);
    expect(page.attendance.map((m) => [m.name, m.status])).toEqual(
      expect.arrayContaining([
        ["Mara Mitglied", "PRESENT"],
        ["Otto Ohnepost", "REPRESENTED"],
      ]),
    );
    expect(page.attendance.find((m) => m.name === "Otto Ohnepost")!.representedBy?.name).toBe("Dora Stellvertreterin");
    expect(page.attendance.map((m) => m.name)).not.toContain("Dora Stellvertreterin"); // a row per seat
    expect(page.agenda[1]!.decisions).toEqual([
      expect.objectContaining({ number: "2099/017", yesCount: 2, noCount: 0, abstainCount: 1 }),
    ]);
    // the attendance list is a table (Name, Sitz, Anwesenheit): whitespace between the cells collapsed
    const minutesText = (await textOf((await minutesPdf(lead, meetingId))!.pdf)).replace(/\s+/g, " ");
    for (const expected of [
      "Status: Entwurf",
      "Text A",
      "Anwesenheit",
      "Mara Mitglied Kreis anwesend",
      "Otto Ohnepost Kreis vertreten durch Dora Stellvertreterin",
      "Beschluss 2099/017 (angenommen; Ja 2 · Nein 0 · Enthaltungen 1)",
      "Das Arbeitsprogramm wird beschlossen.",
    ])
      expect(minutesText).toContain(expected);

    await expect(invitationPdf(foreignLead, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(minutesPdf(foreignLead, meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
