-- Up Migration
-- CreateEnum
CREATE TYPE "LegalPageKind" AS ENUM ('IMPRINT', 'PRIVACY', 'ACCESSIBILITY');

-- CreateTable
CREATE TABLE "LegalPage" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "LegalPageKind" NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "LegalPage_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LegalPage_regionId_kind_key" ON "LegalPage"("regionId", "kind");

-- AddForeignKey
ALTER TABLE "LegalPage" ADD CONSTRAINT "LegalPage_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

SELECT app_enable_region_rls('"LegalPage"');
