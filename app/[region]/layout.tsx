import type { ReactNode } from "react";
import { RegionLegalNav } from "@/components/region-legal-nav";
import { requirePublicRegion } from "@/lib/tenancy/require-public-region";

export default async function RegionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ region: string }>;
}) {
  const region = await requirePublicRegion((await params).region);
  return (
    <>
      {children}
      <RegionLegalNav region={region} />
    </>
  );
}
