// Demo data after the polls, for Bielefeld: a Beschluss of the held Lenkungskreis meeting with an
// Arbeitsauftrag to the office, and the published priority poll adopted as next year's work
// programme. Kreis Mettmann keeps neither: its empty work-programme page shows the way to the
// poll, and the browser tests that record the first Beschluss of a year there stay as they are.
import { withRegion } from "../lib/core/db/client.ts";
import { utcToBerlinLocal } from "../lib/core/validation/berlin-time.ts";
import { createAssignment } from "../lib/decisions/assignments.ts";
import { recordDecision } from "../lib/decisions/record-decision.ts";
import { loadRegionAccess } from "../lib/tenancy/region-access.ts";
import { adoptWorkProgramme } from "../lib/voting/work-programme.ts";

export async function seedFollowUp(regionId: string, leadUserId: string) {
  const access = await loadRegionAccess(regionId, leadUserId);
  const lead = { regionId, userId: leadUserId, can: access.can };
  const { item, ownerId, poll } = await withRegion(regionId, async (tx) => {
    const held = await tx.meeting.findFirstOrThrow({ where: { regionId, status: "HELD" } });
    const last = await tx.agendaItem.findFirst({
      where: { regionId, meetingId: held.id },
      orderBy: { position: "desc" },
    });
    const position = (last?.position ?? 0) + 1;
    const item = await tx.agendaItem.create({
      data: {
        regionId,
        meetingId: held.id,
        position,
        number: `TOP ${position}`,
        title: "Fortschreibung des Bildungsberichts",
        description: "Das Bildungsbüro schlägt vor, den Bildungsbericht um Daten zur Schulsozialarbeit zu ergänzen.",
        kind: "DECISION",
      },
    });
    const owner = await tx.person.findUniqueOrThrow({ where: { regionId_userId: { regionId, userId: leadUserId } } });
    const poll = await tx.poll.findFirst({
      where: { regionId, status: "PUBLISHED", method: { not: "YES_NO_ABSTAIN" } },
      select: { id: true },
    });
    return { item, ownerId: owner.id, poll };
  });
  const decision = await recordDecision(lead, {
    agendaItemId: item.id,
    text: "Der Lenkungskreis beauftragt das Bildungsbüro, den Bildungsbericht um ein Kapitel zur Schulsozialarbeit zu ergänzen.",
    outcome: "ADOPTED",
    yesCount: "",
    noCount: "",
    abstainCount: "",
    fieldOfActionId: "",
    reason: "",
  });
  const due = utcToBerlinLocal(new Date(Date.now() + 90 * 86_400_000)).slice(0, 10);
  await createAssignment(lead, {
    decisionId: decision.id,
    title: "Kapitel Schulsozialarbeit für den Bildungsbericht entwerfen",
    ownerId,
    dueOn: due,
  });
  if (poll) {
    const year = Number(utcToBerlinLocal(new Date()).slice(0, 4)) + 1;
    await adoptWorkProgramme(lead, { pollId: poll.id, year: String(year), title: `Arbeitsprogramm ${year}` });
  }
}
