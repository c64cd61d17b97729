-- Up Migration
-- Governance: explicit end of memberships, the signed contract as a document, and
-- one-time password links for invitations (global table like "User", no regionId).
-- CreateEnum
CREATE TYPE "PasswordTokenPurpose" AS ENUM ('INVITATION', 'RESET');

-- AlterTable
ALTER TABLE "CooperationAgreement" ADD COLUMN     "signedDocumentId" UUID;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "endedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" "PasswordTokenPurpose" NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_userId_idx" ON "PasswordToken"("userId");

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationAgreement" ADD CONSTRAINT "CooperationAgreement_regionId_signedDocumentId_fkey" FOREIGN KEY ("regionId", "signedDocumentId") REFERENCES "Document"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

