-- Up Migration
-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "reviewNote" TEXT NOT NULL DEFAULT '';

