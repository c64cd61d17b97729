import { TextAnchor, TextLink } from "@/components/ui/text-link";

export function InternNav({
  slug,
  regionName,
  links,
}: {
  slug: string;
  regionName: string;
  links: { href: string; label: string }[];
}) {
  return (
    <nav aria-label={`Interner Bereich ${regionName}`} className="mb-6 border-b border-brand-100 pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <li>
          <TextLink href={`/${slug}/intern`}>Übersicht</TextLink>
        </li>
        {links.map((link) => (
          <li key={link.href}>
            <TextLink href={link.href}>{link.label}</TextLink>
          </li>
        ))}
        <li>
          <TextAnchor href={`/${slug}`}>Öffentliche Seite</TextAnchor>
        </li>
      </ul>
    </nav>
  );
}
