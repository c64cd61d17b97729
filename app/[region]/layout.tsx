import type { ReactNode } from "react";
import Link from "next/link";
import { LEGAL_PAGES } from "@/lib/regions/legal-pages";
import { requirePublicRegion } from "@/lib/tenancy/require-region";

// Every page of a region links the region's Impressum, Datenschutzerklärung and Erklärung
// zur Barrierefreiheit; the portal's own pages are linked in the site footer.
export default async function RegionLayout({ children, params }: { children: ReactNode; params: Promise<{ region: string }> }) {
  const region = await requirePublicRegion((await params).region);
  return (
    <>
      {children}
      <nav aria-label={`Rechtliches: Bildungsnetzwerk ${region.name}`} className="mt-12 border-t border-brand-100 pt-4 text-sm">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {LEGAL_PAGES.map((p) => (
            <li key={p.kind}><Link href={`/${region.slug}/${p.path}`} className="text-brand-700 underline">{p.title} {region.name}</Link></li>
          ))}
        </ul>
      </nav>
    </>
  );
}
