-- Up Migration
-- Decisions and assignments that can be corrected (issue 20): one decision per decision TOP,
-- Berichtigung with the earlier wording kept (DecisionRevision), Änderungs-/Aufhebungsbeschluss
-- (Decision.amendsId), and the history of every change to an assignment (AssignmentChange).
-- CreateEnum
CREATE TYPE "DecisionAmendmentKind" AS ENUM ('AMENDS', 'REVOKES');

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "amendmentKind" "DecisionAmendmentKind",
ADD COLUMN     "amendsId" UUID;

-- CreateTable
CREATE TABLE "DecisionRevision" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "yesCount" INTEGER,
    "noCount" INTEGER,
    "abstainCount" INTEGER,
    "correction" TEXT NOT NULL,
    "correctedById" UUID,
    "correctedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionRevision_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "AssignmentChange" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "assignmentId" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT NOT NULL DEFAULT '',
    "toValue" TEXT NOT NULL DEFAULT '',
    "changedById" UUID,
    "changedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssignmentChange_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateIndex
CREATE INDEX "DecisionRevision_regionId_decisionId_createdAt_idx" ON "DecisionRevision"("regionId", "decisionId", "createdAt");

-- CreateIndex
CREATE INDEX "AssignmentChange_regionId_assignmentId_createdAt_idx" ON "AssignmentChange"("regionId", "assignmentId", "createdAt");

-- One decision per decision TOP. A TOP that already holds more than one keeps the earliest
-- (by number); the later ones stay as decisions of the meeting without the TOP. The owner sees
-- no rows behind the forced region wall, so it steps aside for this update in this transaction.
ALTER TABLE "Decision" NO FORCE ROW LEVEL SECURITY;
UPDATE "Decision" d SET "agendaItemId" = NULL
  WHERE d."agendaItemId" IS NOT NULL
    AND EXISTS (
      SELECT 1 FROM "Decision" e
      WHERE e."regionId" = d."regionId" AND e."agendaItemId" = d."agendaItemId"
        AND (e."createdAt", e."number", e."id") < (d."createdAt", d."number", d."id")
    );
ALTER TABLE "Decision" FORCE ROW LEVEL SECURITY;

-- CreateIndex
CREATE UNIQUE INDEX "Decision_regionId_agendaItemId_key" ON "Decision"("regionId", "agendaItemId");

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_amendsId_fkey" FOREIGN KEY ("regionId", "amendsId") REFERENCES "Decision"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionRevision" ADD CONSTRAINT "DecisionRevision_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionRevision" ADD CONSTRAINT "DecisionRevision_regionId_decisionId_fkey" FOREIGN KEY ("regionId", "decisionId") REFERENCES "Decision"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentChange" ADD CONSTRAINT "AssignmentChange_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentChange" ADD CONSTRAINT "AssignmentChange_regionId_assignmentId_fkey" FOREIGN KEY ("regionId", "assignmentId") REFERENCES "Assignment"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Region walls; the histories are written once and never changed or removed by the app.
SELECT app_enable_region_rls('"DecisionRevision"');
SELECT app_enable_region_rls('"AssignmentChange"');
REVOKE UPDATE, DELETE ON "DecisionRevision", "AssignmentChange" FROM bildungsnetz_app;
