-- Up Migration
-- The Bildungsbüro's logo for the letterhead of the region's PDFs (issue 21).
-- CreateTable
CREATE TABLE "RegionLogo" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionLogo_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionLogo_regionId_key" ON "RegionLogo"("regionId");

-- AddForeignKey
ALTER TABLE "RegionLogo" ADD CONSTRAINT "RegionLogo_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Region-owned: the region wall (RLS, forced) like every table with regionId.
SELECT app_enable_region_rls('"RegionLogo"');
