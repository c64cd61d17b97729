import { TextAnchor } from "@/components/ui/text-link";
import { LEGAL_PAGES } from "@/lib/regions/legal-page-kinds";

/**
 * Every page of a region links the region's Impressum, Datenschutzerklärung and Erklärung
 * zur Barrierefreiheit; the portal's own pages are linked in the site footer.
 */
export function RegionLegalNav({ region }: { region: { slug: string; name: string } }) {
  return (
    <nav
      aria-label={`Rechtliches: Bildungsnetzwerk ${region.name}`}
      className="mt-12 border-t border-brand-100 pt-4 text-sm"
    >
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {LEGAL_PAGES.map((p) => (
          <li key={p.kind}>
            <TextAnchor href={`/${region.slug}/${p.path}`}>
              {p.title} {region.name}
            </TextAnchor>
          </li>
        ))}
      </ul>
    </nav>
  );
}
