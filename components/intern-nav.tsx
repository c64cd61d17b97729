import Link from "next/link";

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
          <Link href={`/${slug}/intern`} className="text-brand-700 underline">
            Übersicht
          </Link>
        </li>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-brand-700 underline">
              {link.label}
            </Link>
          </li>
        ))}
        <li>
          <a href={`/${slug}`} className="text-brand-700 underline">
            Öffentliche Seite
          </a>
        </li>
      </ul>
    </nav>
  );
}
