-- Up Migration
-- AlterTable
ALTER TABLE "CooperationAgreement" ADD COLUMN     "noticePeriodDays" INTEGER NOT NULL DEFAULT 14;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "icsSequence" INTEGER NOT NULL DEFAULT 0;

