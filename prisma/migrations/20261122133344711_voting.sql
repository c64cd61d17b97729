-- Up Migration
-- CreateEnum
CREATE TYPE "MajorityRule" AS ENUM ('SIMPLE', 'TWO_THIRDS');

-- CreateEnum
CREATE TYPE "MajorityBase" AS ENUM ('YES_NO', 'PRESENT', 'ALL_SEATS');

-- DropForeignKey
ALTER TABLE "PollEligibility" DROP CONSTRAINT "PollEligibility_regionId_fkey";

-- DropForeignKey
ALTER TABLE "PollEligibility" DROP CONSTRAINT "PollEligibility_regionId_pollId_fkey";

-- DropForeignKey
ALTER TABLE "PollEligibility" DROP CONSTRAINT "PollEligibility_regionId_personId_fkey";

-- DropForeignKey
ALTER TABLE "PollEligibility" DROP CONSTRAINT "PollEligibility_regionId_deputyForPersonId_fkey";

-- DropForeignKey
ALTER TABLE "Ballot" DROP CONSTRAINT "Ballot_regionId_fkey";

-- DropForeignKey
ALTER TABLE "Ballot" DROP CONSTRAINT "Ballot_regionId_pollId_fkey";

-- DropForeignKey
ALTER TABLE "Ballot" DROP CONSTRAINT "Ballot_regionId_personId_fkey";

-- DropIndex
DROP INDEX "PollParticipation_regionId_pollId_personId_key";

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "pollId" UUID;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "programmeItemId" UUID;

-- AlterTable
ALTER TABLE "Poll" DROP COLUMN "opensAt",
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "majorityBase" "MajorityBase" NOT NULL DEFAULT 'YES_NO',
ADD COLUMN     "openedAt" TIMESTAMPTZ(3),
ADD COLUMN     "publishedAt" TIMESTAMPTZ(3),
ADD COLUMN     "quorumRequired" INTEGER,
ADD COLUMN     "reminderHours" INTEGER,
ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "requireQuorum" BOOLEAN NOT NULL DEFAULT true,
DROP COLUMN "majorityRule",
ADD COLUMN     "majorityRule" "MajorityRule" NOT NULL DEFAULT 'SIMPLE';

-- AlterTable
ALTER TABLE "PollParticipation" DROP COLUMN "votedAt",
ADD COLUMN     "voterId" UUID NOT NULL;

-- DropTable
DROP TABLE "PollEligibility";

-- DropTable
DROP TABLE "Ballot";

-- CreateTable
CREATE TABLE "PollVoter" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "holderMayVote" BOOLEAN NOT NULL DEFAULT true,
    "deputyMembershipId" UUID,
    "deputyPersonId" UUID,

    CONSTRAINT "PollVoter_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "NamedBallot" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "voterId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "choice" JSONB NOT NULL,
    "castAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NamedBallot_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "SecretBallot" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "choice" JSONB NOT NULL,

    CONSTRAINT "SecretBallot_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "WorkProgramme" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "pollId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "adoptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adoptedById" UUID,

    CONSTRAINT "WorkProgramme_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "WorkProgrammeItem" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "score" TEXT NOT NULL DEFAULT '',
    "pollOptionId" UUID,
    "fieldOfActionId" UUID,

    CONSTRAINT "WorkProgrammeItem_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateIndex
CREATE INDEX "PollVoter_regionId_personId_idx" ON "PollVoter"("regionId", "personId");

-- CreateIndex
CREATE INDEX "PollVoter_regionId_deputyPersonId_idx" ON "PollVoter"("regionId", "deputyPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "PollVoter_regionId_pollId_membershipId_key" ON "PollVoter"("regionId", "pollId", "membershipId");

-- CreateIndex
CREATE INDEX "NamedBallot_regionId_pollId_idx" ON "NamedBallot"("regionId", "pollId");

-- CreateIndex
CREATE UNIQUE INDEX "NamedBallot_regionId_voterId_revision_key" ON "NamedBallot"("regionId", "voterId", "revision");

-- CreateIndex
CREATE INDEX "SecretBallot_regionId_pollId_idx" ON "SecretBallot"("regionId", "pollId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkProgramme_regionId_year_key" ON "WorkProgramme"("regionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "WorkProgrammeItem_regionId_programmeId_position_key" ON "WorkProgrammeItem"("regionId", "programmeId", "position");

-- CreateIndex
CREATE INDEX "Poll_regionId_status_idx" ON "Poll"("regionId", "status");

-- CreateIndex
CREATE INDEX "PollParticipation_regionId_pollId_idx" ON "PollParticipation"("regionId", "pollId");

-- CreateIndex
CREATE UNIQUE INDEX "PollParticipation_regionId_voterId_key" ON "PollParticipation"("regionId", "voterId");

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_regionId_programmeItemId_fkey" FOREIGN KEY ("regionId", "programmeItemId") REFERENCES "WorkProgrammeItem"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_regionId_membershipId_fkey" FOREIGN KEY ("regionId", "membershipId") REFERENCES "Membership"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_regionId_personId_fkey" FOREIGN KEY ("regionId", "personId") REFERENCES "Person"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_regionId_deputyMembershipId_fkey" FOREIGN KEY ("regionId", "deputyMembershipId") REFERENCES "Membership"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_regionId_deputyPersonId_fkey" FOREIGN KEY ("regionId", "deputyPersonId") REFERENCES "Person"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollParticipation" ADD CONSTRAINT "PollParticipation_regionId_voterId_fkey" FOREIGN KEY ("regionId", "voterId") REFERENCES "PollVoter"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedBallot" ADD CONSTRAINT "NamedBallot_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedBallot" ADD CONSTRAINT "NamedBallot_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedBallot" ADD CONSTRAINT "NamedBallot_regionId_voterId_fkey" FOREIGN KEY ("regionId", "voterId") REFERENCES "PollVoter"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedBallot" ADD CONSTRAINT "NamedBallot_regionId_personId_fkey" FOREIGN KEY ("regionId", "personId") REFERENCES "Person"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecretBallot" ADD CONSTRAINT "SecretBallot_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecretBallot" ADD CONSTRAINT "SecretBallot_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkProgramme" ADD CONSTRAINT "WorkProgramme_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkProgramme" ADD CONSTRAINT "WorkProgramme_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkProgrammeItem" ADD CONSTRAINT "WorkProgrammeItem_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkProgrammeItem" ADD CONSTRAINT "WorkProgrammeItem_regionId_programmeId_fkey" FOREIGN KEY ("regionId", "programmeId") REFERENCES "WorkProgramme"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkProgrammeItem" ADD CONSTRAINT "WorkProgrammeItem_regionId_pollOptionId_fkey" FOREIGN KEY ("regionId", "pollOptionId") REFERENCES "PollOption"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkProgrammeItem" ADD CONSTRAINT "WorkProgrammeItem_regionId_fieldOfActionId_fkey" FOREIGN KEY ("regionId", "fieldOfActionId") REFERENCES "FieldOfAction"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;


-- ───────────── Row-level security for the new region tables ─────────────
SELECT app_enable_region_rls('"PollVoter"');
SELECT app_enable_region_rls('"NamedBallot"');
SELECT app_enable_region_rls('"SecretBallot"');
SELECT app_enable_region_rls('"WorkProgramme"');
SELECT app_enable_region_rls('"WorkProgrammeItem"');

-- ───────────── Ballots are written once ─────────────
-- The app may add ballots, participations and seat snapshots, never change or remove them.
-- A changed named vote is a new NamedBallot revision.
REVOKE UPDATE, DELETE ON "NamedBallot", "SecretBallot", "PollParticipation", "PollVoter" FROM bildungsnetz_app;

-- ───────────── A poll keeps its rules ─────────────
-- DRAFT → OPEN → CLOSED → PUBLISHED. Once open, nothing that decides the outcome changes;
-- once closed, the result (tally, entitled and voted counts) is frozen. Only drafts are deleted.
CREATE FUNCTION app_poll_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
DECLARE
  mutable text[] := ARRAY['status', 'result', 'votedCount', 'closedAt', 'publishedAt', 'reminderSentAt'];
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'Eine eröffnete Abstimmung kann nicht gelöscht werden.' USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'DRAFT' THEN
    IF NEW.status NOT IN ('DRAFT', 'OPEN') OR NEW.result IS NOT NULL THEN
      RAISE EXCEPTION 'Ein Entwurf wird zuerst eröffnet.' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - mutable) IS DISTINCT FROM (to_jsonb(OLD) - mutable) THEN
    RAISE EXCEPTION 'Die Regeln einer eröffneten Abstimmung sind unveränderlich.' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'OPEN' THEN
    IF NEW.status = 'OPEN' AND (NEW.result IS NOT NULL OR NEW."votedCount" IS NOT NULL OR NEW."closedAt" IS NOT NULL) THEN
      RAISE EXCEPTION 'Ein Ergebnis entsteht erst beim Schließen.' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'CLOSED' AND (NEW.result IS NULL OR NEW."votedCount" IS NULL OR NEW."closedAt" IS NULL) THEN
      RAISE EXCEPTION 'Beim Schließen wird das Ergebnis festgeschrieben.' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status NOT IN ('OPEN', 'CLOSED') THEN
      RAISE EXCEPTION 'Eine offene Abstimmung wird zuerst geschlossen.' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  -- CLOSED or PUBLISHED
  IF (NEW.result, NEW."votedCount", NEW."closedAt") IS DISTINCT FROM (OLD.result, OLD."votedCount", OLD."closedAt")
     OR NEW.status NOT IN ('CLOSED', 'PUBLISHED')
     OR (OLD.status = 'PUBLISHED' AND NEW.status <> 'PUBLISHED') THEN
    RAISE EXCEPTION 'Das Ergebnis einer geschlossenen Abstimmung ist unveränderlich.' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER poll_guard
  BEFORE UPDATE OR DELETE ON "Poll"
  FOR EACH ROW EXECUTE FUNCTION app_poll_guard();

-- Options change only in a draft (a cascade from deleting the draft finds no poll row).
CREATE FUNCTION app_poll_option_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
DECLARE
  row_ "PollOption" := COALESCE(NEW, OLD);
  poll_status "PollStatus";
BEGIN
  SELECT status INTO poll_status FROM "Poll" WHERE "regionId" = row_."regionId" AND id = row_."pollId";
  IF poll_status IS NOT NULL AND poll_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'Die Optionen einer eröffneten Abstimmung sind unveränderlich.' USING ERRCODE = 'check_violation';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$fn$;

CREATE TRIGGER poll_option_guard
  BEFORE INSERT OR UPDATE OR DELETE ON "PollOption"
  FOR EACH ROW EXECUTE FUNCTION app_poll_option_guard();

-- Ballots and participations arrive only while the poll is open.
CREATE FUNCTION app_ballot_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
DECLARE
  poll_status "PollStatus";
BEGIN
  SELECT status INTO poll_status FROM "Poll" WHERE "regionId" = NEW."regionId" AND id = NEW."pollId";
  IF poll_status IS DISTINCT FROM 'OPEN' THEN
    RAISE EXCEPTION 'Die Abstimmung ist nicht geöffnet.' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER named_ballot_guard BEFORE INSERT ON "NamedBallot" FOR EACH ROW EXECUTE FUNCTION app_ballot_guard();
CREATE TRIGGER secret_ballot_guard BEFORE INSERT ON "SecretBallot" FOR EACH ROW EXECUTE FUNCTION app_ballot_guard();
CREATE TRIGGER participation_guard BEFORE INSERT ON "PollParticipation" FOR EACH ROW EXECUTE FUNCTION app_ballot_guard();

-- ───────────── Secret ballots are mixed at the close ─────────────
-- A secret ballot and the participation row of its voter are written in one transaction, so
-- while the poll is open their physical order and xmin coincide. Closing rewrites the
-- poll's secret ballots with new ids in random order, in the closing transaction: afterwards
-- every ballot carries the closer's xmin and a random place, and the multiset of choices is
-- unchanged (the function can only permute, so calling it early changes no result).
-- SECURITY DEFINER because the app role may not delete ballots.
CREATE FUNCTION app_mix_secret_ballots(p_region uuid, p_poll uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $fn$
DECLARE
  moved integer;
BEGIN
  IF p_region IS DISTINCT FROM app_current_region() THEN
    RAISE EXCEPTION 'Falsche Region.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM 1 FROM "Poll" WHERE "regionId" = p_region AND id = p_poll AND status = 'OPEN' AND secrecy = 'SECRET';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Nur offene geheime Abstimmungen werden gemischt.' USING ERRCODE = 'check_violation';
  END IF;
  WITH removed AS (
    DELETE FROM "SecretBallot" WHERE "regionId" = p_region AND "pollId" = p_poll RETURNING choice
  )
  INSERT INTO "SecretBallot" ("regionId", id, "pollId", choice)
  SELECT p_region, gen_random_uuid(), p_poll, choice FROM removed ORDER BY random();
  GET DIAGNOSTICS moved = ROW_COUNT;
  RETURN moved;
END
$fn$;

REVOKE ALL ON FUNCTION app_mix_secret_ballots(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_mix_secret_ballots(uuid, uuid) TO bildungsnetz_app;
