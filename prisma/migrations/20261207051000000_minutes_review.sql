-- Up Migration
-- Minutes (issue 20): approval under a later meeting's TOP "Genehmigung des Protokolls",
-- "Zur Durchsicht versenden" recorded on the minutes, and members' comments per TOP during review.
-- AlterTable
ALTER TABLE "Minutes" ADD COLUMN     "approvedInItemId" UUID,
ADD COLUMN     "circulatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "circulationRound" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "MinutesComment" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "doneAt" TIMESTAMPTZ(3),
    "doneById" UUID,

    CONSTRAINT "MinutesComment_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateIndex
CREATE INDEX "MinutesComment_regionId_minutesId_idx" ON "MinutesComment"("regionId", "minutesId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesComment_regionId_agendaItemId_authorId_key" ON "MinutesComment"("regionId", "agendaItemId", "authorId");

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_regionId_approvedInItemId_fkey" FOREIGN KEY ("regionId", "approvedInItemId") REFERENCES "AgendaItem"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesComment" ADD CONSTRAINT "MinutesComment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesComment" ADD CONSTRAINT "MinutesComment_regionId_minutesId_fkey" FOREIGN KEY ("regionId", "minutesId") REFERENCES "Minutes"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesComment" ADD CONSTRAINT "MinutesComment_regionId_agendaItemId_fkey" FOREIGN KEY ("regionId", "agendaItemId") REFERENCES "AgendaItem"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesComment" ADD CONSTRAINT "MinutesComment_regionId_authorId_fkey" FOREIGN KEY ("regionId", "authorId") REFERENCES "Person"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


SELECT app_enable_region_rls('"MinutesComment"');
