import "server-only";
import { withRegion, type Prisma } from "@/lib/db/client.ts";
import { isUniqueViolation } from "@/lib/db/errors.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { personOf } from "./access.ts";
import { choiceFromForm } from "./ballot-rules.ts";
import { lockPollForBallot } from "./poll-lock.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  if (!UUID.test(pollId) || !UUID.test(voterId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    await lockPollForBallot(tx, pollId);
    const [lock] = await tx.$queryRaw<{ running: boolean }[]>`
      SELECT status = 'OPEN' AND ("closesAt" IS NULL OR "closesAt" > now()) AS running
        FROM "Poll" WHERE "regionId" = ${regionId}::uuid AND id = ${pollId}::uuid`;
    if (!lock) throw new NotFoundError();
    const person = await personOf(tx, actor);
    const voter = await tx.pollVoter.findUnique({
      where: { regionId_id: { regionId, id: voterId } },
      include: { membership: { select: { endedAt: true } }, deputyMembership: { select: { endedAt: true } }, person: { select: { givenName: true, familyName: true } } },
    });
    if (!person || !voter || voter.pollId !== pollId) throw new ConflictError("Sie sind in dieser Abstimmung nicht stimmberechtigt.");
    const asHolder = voter.personId === person.id && voter.holderMayVote;
    const asDeputy = voter.deputyPersonId === person.id;
    if (!asHolder && !asDeputy) throw new ConflictError("Sie sind in dieser Abstimmung nicht stimmberechtigt.");
    if (!lock.running) throw new ConflictError(CLOSED);
    const ownMembership = asHolder ? voter.membership : voter.deputyMembership;
    if (!ownMembership || ownMembership.endedAt) throw new ConflictError("Ihre Mitgliedschaft im Gremium ist beendet; Sie können nicht mehr abstimmen.");

    const poll = await tx.poll.findUniqueOrThrow({ where: { regionId_id: { regionId, id: pollId } }, include: { options: { orderBy: { position: "asc" }, select: { id: true } } } });
    const check = choiceFromForm({ ...poll, optionIds: poll.options.map((o) => o.id) }, input);
    if (!check.ok) throw new ValidationError({ ballot: [check.message] }, check.message);
    const choice = check.choice as Prisma.InputJsonValue;

    const existing = await tx.pollParticipation.findUnique({ where: { regionId_voterId: { regionId, voterId } } });
    if (existing) {
      if (poll.secrecy === "NAMED" && poll.allowChange && existing.personId === person.id) {
        const latest = await tx.namedBallot.findFirst({ where: { regionId, voterId }, orderBy: { revision: "desc" }, select: { revision: true } });
        const seen = Number(input.revision);
        const stale = new ConflictError("Ihre Stimme wurde inzwischen an anderer Stelle geändert. Bitte prüfen Sie die angezeigte Auswahl.");
        if (!latest || seen !== latest.revision) throw stale;
        try {
          await tx.namedBallot.create({ data: { regionId, pollId, voterId, personId: person.id, revision: latest.revision + 1, choice } });
        } catch (error) {
          if (isUniqueViolation(error)) throw stale;
          throw error;
        }
        return { changed: true, secret: false, revision: latest.revision + 1 };
      }
      throw new ConflictError(existing.personId === person.id ? ALREADY_VOTED : `Sie haben bereits abgestimmt: Für diesen Sitz hat ${asDeputy ? "das vertretene Mitglied" : "Ihre Stellvertretung"} die Stimme abgegeben.`);
    }
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "PollParticipation" ("regionId", id, "pollId", "voterId", "personId")
      VALUES (${regionId}::uuid, gen_random_uuid(), ${pollId}::uuid, ${voterId}::uuid, ${person.id}::uuid)
      ON CONFLICT ("regionId", "voterId") DO NOTHING RETURNING id`;
    if (inserted.length === 0) throw new ConflictError(ALREADY_VOTED);
    if (poll.secrecy === "SECRET") {
      await tx.secretBallot.create({ data: { regionId, pollId, choice } });
      return { changed: false, secret: true, revision: 0 };
    }
    await tx.namedBallot.create({ data: { regionId, pollId, voterId, personId: person.id, revision: 1, choice } });
    return { changed: false, secret: false, revision: 1 };
  });
}
