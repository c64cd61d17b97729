import "@/lib/core/server-only.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { isUniqueViolation } from "@/lib/core/db/errors.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { choiceFromForm, type PollRules } from "./ballot-rules.ts";
import { lockPollForBallot } from "./poll-lock.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

export const ALREADY_VOTED = "Sie haben bereits abgestimmt.";
export const CLOSED = "Die Abstimmung ist geschlossen. Ihre Stimme wurde nicht gezählt.";

/**
 * Casts the vote of one seat (`voterId`), as its holder or as the deputy.
 *
 * Integrity:
 * - The ballot holds the poll's lock shared, the close holds it exclusively (poll-lock.ts):
 *   a ballot either commits before the close (and is counted) or finds the poll closed.
 * - One vote per seat: the participation row is inserted ON CONFLICT DO NOTHING against a
 *   unique (voterId); of concurrent attempts exactly one inserts, the others learn
 *   "bereits abgestimmt". Participation and ballot commit together or not at all.
 * - A secret ballot is written to SecretBallot: the choice and nothing else.
 * - A named vote may be changed (if the poll allows) by adding the next revision; the
 *   revision the voter saw must still be the latest.
 */
export async function castBallot(actor: Actor, input: Record<string, unknown>) {
  const pollId = typeof input.pollId === "string" ? input.pollId : "";
  const voterId = typeof input.voterId === "string" ? input.voterId : "";
  if (!isUuid(pollId) || !isUuid(voterId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    await lockPollForBallot(tx, pollId);
    // Everything the checks need, in one statement (this is the hot path of a busy poll).
    const [row] = await tx.$queryRaw<BallotContext[]>`
      SELECT p.status = 'OPEN' AND (p."closesAt" IS NULL OR p."closesAt" > now()) AS running,
             p.method::text AS method, p.secrecy::text AS secrecy, p."allowChange", p."maxChoices", p."totalPoints", p."maxPointsPerOption",
             ARRAY(SELECT o.id::text FROM "PollOption" o WHERE o."regionId" = p."regionId" AND o."pollId" = p.id ORDER BY o.position) AS "optionIds",
             me.id::text AS "personId", v."pollId"::text AS "seatPollId", v."personId"::text AS "holderId", v."holderMayVote",
             v."deputyPersonId"::text AS "deputyId", hm."endedAt" AS "holderEndedAt", dm."endedAt" AS "deputyEndedAt"
        FROM "Poll" p
        LEFT JOIN "Person" me ON me."regionId" = p."regionId" AND me."userId" = ${actor.userId}::uuid
        LEFT JOIN "PollVoter" v ON v."regionId" = p."regionId" AND v.id = ${voterId}::uuid
        LEFT JOIN "Membership" hm ON hm."regionId" = v."regionId" AND hm.id = v."membershipId"
        LEFT JOIN "Membership" dm ON dm."regionId" = v."regionId" AND dm.id = v."deputyMembershipId"
       WHERE p."regionId" = ${regionId}::uuid AND p.id = ${pollId}::uuid`;
    if (!row) throw new NotFoundError();
    const personId = row.personId;
    const asHolder = !!personId && row.holderId === personId && row.holderMayVote === true;
    const asDeputy = !!personId && row.deputyId === personId;
    if (!personId || row.seatPollId !== pollId || (!asHolder && !asDeputy))
      throw new ConflictError("Sie sind in dieser Abstimmung nicht stimmberechtigt.");
    if (!row.running) throw new ConflictError(CLOSED);
    if (asHolder ? row.holderEndedAt : row.deputyEndedAt)
      throw new ConflictError("Ihre Mitgliedschaft im Gremium ist beendet; Sie können nicht mehr abstimmen.");

    const check = choiceFromForm(
      {
        method: row.method,
        maxChoices: row.maxChoices,
        totalPoints: row.totalPoints,
        maxPointsPerOption: row.maxPointsPerOption,
        optionIds: row.optionIds,
      },
      input,
    );
    if (!check.ok) throw new ValidationError({ ballot: [check.message] }, check.message);
    const choice = JSON.stringify(check.choice);

    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "PollParticipation" ("regionId", id, "pollId", "voterId", "personId")
      VALUES (${regionId}::uuid, gen_random_uuid(), ${pollId}::uuid, ${voterId}::uuid, ${personId}::uuid)
      ON CONFLICT ("regionId", "voterId") DO NOTHING RETURNING id`;
    if (inserted.length === 0)
      return changeOrRefuse(tx, {
        regionId,
        pollId,
        voterId,
        personId,
        asDeputy,
        row,
        choice,
        seen: Number(input.revision),
      });
    if (row.secrecy === "SECRET") {
      await tx.$executeRaw`INSERT INTO "SecretBallot" ("regionId", id, "pollId", choice) VALUES (${regionId}::uuid, gen_random_uuid(), ${pollId}::uuid, ${choice}::jsonb)`;
      return { changed: false, secret: true, revision: 0 };
    }
    await tx.$executeRaw`
      INSERT INTO "NamedBallot" ("regionId", id, "pollId", "voterId", "personId", revision, choice)
      VALUES (${regionId}::uuid, gen_random_uuid(), ${pollId}::uuid, ${voterId}::uuid, ${personId}::uuid, 1, ${choice}::jsonb)`;
    return { changed: false, secret: false, revision: 1 };
  });
}

interface BallotContext {
  running: boolean;
  method: PollRules["method"];
  secrecy: "NAMED" | "SECRET";
  allowChange: boolean;
  maxChoices: number | null;
  totalPoints: number | null;
  maxPointsPerOption: number | null;
  optionIds: string[];
  personId: string | null;
  seatPollId: string | null;
  holderId: string | null;
  holderMayVote: boolean | null;
  deputyId: string | null;
  holderEndedAt: Date | null;
  deputyEndedAt: Date | null;
}

/** The seat has voted already: a permitted change of one's own named vote, or "bereits abgestimmt". */
async function changeOrRefuse(
  tx: Tx,
  v: {
    regionId: string;
    pollId: string;
    voterId: string;
    personId: string;
    asDeputy: boolean;
    row: BallotContext;
    choice: string;
    seen: number;
  },
) {
  const existing = await tx.pollParticipation.findUniqueOrThrow({
    where: { regionId_voterId: { regionId: v.regionId, voterId: v.voterId } },
  });
  if (existing.personId !== v.personId) {
    throw new ConflictError(
      `Sie haben bereits abgestimmt: Für diesen Sitz hat ${v.asDeputy ? "das vertretene Mitglied" : "Ihre Stellvertretung"} die Stimme abgegeben.`,
    );
  }
  if (v.row.secrecy !== "NAMED" || !v.row.allowChange) throw new ConflictError(ALREADY_VOTED);
  const latest = await tx.namedBallot.findFirst({
    where: { regionId: v.regionId, voterId: v.voterId },
    orderBy: { revision: "desc" },
    select: { revision: true },
  });
  const stale = new ConflictError(
    "Ihre Stimme wurde inzwischen an anderer Stelle geändert. Bitte prüfen Sie die angezeigte Auswahl.",
  );
  if (!latest || v.seen !== latest.revision) throw stale;
  try {
    await tx.$executeRaw`
      INSERT INTO "NamedBallot" ("regionId", id, "pollId", "voterId", "personId", revision, choice)
      VALUES (${v.regionId}::uuid, gen_random_uuid(), ${v.pollId}::uuid, ${v.voterId}::uuid, ${v.personId}::uuid, ${latest.revision + 1}, ${v.choice}::jsonb)`;
  } catch (error) {
    if (isUniqueViolation(error)) throw stale;
    throw error;
  }
  return { changed: true, secret: false, revision: latest.revision + 1 };
}
