import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { addMembership } from "../../lib/governance/memberships.ts";
import { createPerson } from "../../lib/governance/people.ts";
import {
  addAgendaItem,
  AGENDA_CONFLICT,
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
} from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { setMeetingStatus } from "../../lib/meetings/set-meeting-status.ts";
import { getMeeting } from "../../lib/meetings/get-meeting.ts";
import { listMeetings } from "../../lib/meetings/list-meetings.ts";
import { recordAttendance } from "../../lib/meetings/record-attendance.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { berlinIso, dateFromNow, daysFromNow } from "../support/clock.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
// a future meeting: four weeks from today, whatever day the suite runs
const startsAt = daysFromNow(28, "14:00");
const meetingInput = (bodyId: string) => ({
  bodyId,
  title: "5. Sitzung des Lenkungskreises",
  startsAt,
  endsAt: daysFromNow(28, "16:00"),
  location: "Kreishaus, Raum 2",
  isPublic: "on",
});

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
});

const titles = async (meetingId: string) =>
  (await getMeeting(lead, meetingId)).agenda.map((i) => `${i.number} ${i.title}`);

describe("meetings", () => {
  it("plans a meeting in Berlin time, with German validation and nothing stored on bad input", async () => {
    const meeting = await createMeeting(lead, meetingInput(regions.a.steering.id));
    expect(meeting.startsAt.toISOString()).toBe(berlinIso(startsAt));
    await expect(
      createMeeting(lead, {
        ...meetingInput(regions.a.steering.id),
        endsAt: daysFromNow(28, "13:00"),
        location: "",
        onlineUrl: "http://unsicher.example",
      }),
    ).rejects.toMatchObject({
      fieldErrors: {
        endsAt: ["Das Ende muss nach dem Beginn liegen."],
        onlineUrl: ["Der Link muss mit https:// beginnen."],
      },
    });
    await expect(createMeeting(lead, { ...meetingInput(regions.a.steering.id), location: "" })).rejects.toMatchObject({
      fieldErrors: { location: [expect.stringContaining("Ort oder einen Link")] },
    });
    expect((await listMeetings(lead)).upcoming.map((m) => m.id)).toEqual([meeting.id]);
  });

  it("numbers, reorders and removes TOPs; every change needs the current version", async () => {
    const meeting = await createMeeting(lead, meetingInput(regions.a.steering.id));
    let version = meeting.version;
    for (const title of ["Begrüßung", "Bericht des Bildungsbüros", "Arbeitsprogramm 2027"]) {
      await addAgendaItem(lead, {
        meetingId: meeting.id,
        version: String(version++),
        title,
        kind: "INFORMATION",
        isPublic: "on",
      });
    }
    expect(await titles(meeting.id)).toEqual([
      "TOP 1 Begrüßung",
      "TOP 2 Bericht des Bildungsbüros",
      "TOP 3 Arbeitsprogramm 2027",
    ]);
    const { agenda } = await getMeeting(lead, meeting.id);
    await moveAgendaItem(lead, {
      meetingId: meeting.id,
      version: String(version++),
      itemId: agenda[2]!.id,
      direction: "up",
    });
    expect(await titles(meeting.id)).toEqual([
      "TOP 1 Begrüßung",
      "TOP 2 Arbeitsprogramm 2027",
      "TOP 3 Bericht des Bildungsbüros",
    ]);
    await moveAgendaItem(lead, {
      meetingId: meeting.id,
      version: String(version++),
      itemId: agenda[0]!.id,
      direction: "up",
    }); // already first: stays
    expect((await titles(meeting.id))[0]).toBe("TOP 1 Begrüßung");

    // A second person editing from the same stale page: refused, nothing changed.
    await expect(
      updateAgendaItem(lead, {
        meetingId: meeting.id,
        version: String(version - 1),
        itemId: agenda[1]!.id,
        title: "Überschrieben",
        kind: "DISCUSSION",
      }),
    ).rejects.toThrow(AGENDA_CONFLICT);
    expect(await titles(meeting.id)).not.toContain("TOP 3 Überschrieben");

    await updateAgendaItem(lead, {
      meetingId: meeting.id,
      version: String(version++),
      itemId: agenda[1]!.id,
      title: "Bericht (nicht öffentlich)",
      kind: "DISCUSSION",
      isPublic: "",
    });
    const removed = await removeAgendaItem(lead, {
      meetingId: meeting.id,
      version: String(version++),
      itemId: agenda[0]!.id,
    });
    expect(removed.auditId).toBeTruthy();
    expect(await titles(meeting.id)).toEqual(["TOP 1 Arbeitsprogramm 2027", "TOP 2 Bericht (nicht öffentlich)"]);
    const stored = await withRegion(regions.a.region.id, (tx) =>
      tx.agendaItem.count({ where: { meetingId: meeting.id } }),
    );
    expect(stored).toBe(3); // removal is soft
  });

  it("two concurrent agenda changes on the same version: exactly one wins", async () => {
    const meeting = await createMeeting(lead, meetingInput(regions.a.steering.id));
    const results = await Promise.allSettled(
      ["A", "B", "C"].map((t) =>
        addAgendaItem(lead, {
          meetingId: meeting.id,
          version: String(meeting.version),
          title: `Punkt ${t}`,
          kind: "INFORMATION",
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

  it("a future meeting cannot be marked held, but can be cancelled", async () => {
    const future = await createMeeting(lead, meetingInput(regions.a.steering.id));
    await expect(setMeetingStatus(lead, { meetingId: future.id, status: "HELD" })).rejects.toMatchObject({
      fieldErrors: { status: [expect.any(String)] },
    });
    expect((await setMeetingStatus(lead, { meetingId: future.id, status: "CANCELLED" })).status).toBe("CANCELLED");
  });
});

describe("who may see and change meetings", () => {
  it("members see only meetings of their own bodies; others get not found", async () => {
    const meeting = await createMeeting(lead, meetingInput(regions.a.steering.id));
    const user = await withoutRegion((tx) => createUser(tx));
    await withRegion(regions.a.region.id, (tx) => grantRole(tx, regions.a.region.id, user.id, "CONFERENCE_MEMBER"));
    const member = await actorFor(regions.a.region.id, user.id);
    await expect(getMeeting(member, meeting.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMeetings(member)).upcoming).toEqual([]);
    await expect(
      addAgendaItem(member, { meetingId: meeting.id, version: "1", title: "Mein Punkt", kind: "INFORMATION" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("cross-region: every id-taking meeting action answers not found", async () => {
    const foreignLead = await actorFor(regions.b.region.id, regions.b.user.id);
    const foreign = await createMeeting(foreignLead, meetingInput(regions.b.steering.id));
    const item = await addAgendaItem(foreignLead, {
      meetingId: foreign.id,
      version: String(foreign.version),
      title: "Fremder TOP",
      kind: "INFORMATION",
    });
    const attempts = [
      () => getMeeting(lead, foreign.id),
      () => createMeeting(lead, meetingInput(regions.b.steering.id)),
      () => setMeetingStatus(lead, { meetingId: foreign.id, status: "CANCELLED" }),
      () => addAgendaItem(lead, { meetingId: foreign.id, version: "2", title: "Eingeschleust", kind: "INFORMATION" }),
      () =>
        updateAgendaItem(lead, {
          meetingId: foreign.id,
          version: "2",
          itemId: item.id,
          title: "Geändert",
          kind: "INFORMATION",
        }),
      () => moveAgendaItem(lead, { meetingId: foreign.id, version: "2", itemId: item.id, direction: "down" }),
      () => removeAgendaItem(lead, { meetingId: foreign.id, version: "2", itemId: item.id }),
      () => recordAttendance(lead, { meetingId: foreign.id }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect((await getMeeting(foreignLead, foreign.id)).agenda.map((i) => i.title)).toEqual(["Fremder TOP"]);
  });
});

describe("attendance export", () => {
  it("is a semicolon CSV with BOM, German labels, the quorum line, and no formula injection", async () => {
    const { attendanceCsv } = await import("../../lib/meetings/attendance-csv.ts");
    const person = await createPerson(lead, { givenName: '=HYPERLINK("x")', familyName: "Böse" });
    await addMembership(lead, {
      bodyId: regions.a.conference.id,
      seatCategoryId: regions.a.category("schulaufsicht").id,
      personId: person.id,
      function: "MEMBER",
      hasVote: "on",
      startsOn: "2025-01-01",
    });
    const meeting = await createMeeting(lead, { ...meetingInput(regions.a.conference.id), title: "Export" });
    const { csv, fileName } = await attendanceCsv(lead, meeting.id);
    expect(fileName).toBe(`anwesenheit-${dateFromNow(28)}.csv`);
    expect(csv.startsWith("\ufeffName;Sitzkategorie;Stimmrecht;Anwesenheit;Vertreten durch\r\n")).toBe(true);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain((await getMeeting(lead, meeting.id)).quorum.statement);
    const foreignLead = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(attendanceCsv(foreignLead, meeting.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
