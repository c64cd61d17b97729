"use client";
import { usePathname } from "next/navigation";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

export interface InternNavLink {
  href: string;
  label: string;
  /** The section the link stands for, when wider than the link itself (Gremien: every body). */
  section?: string;
}

/** The link of the section the path belongs to: the longest section that is the path or a folder above it. */
export function currentSection(links: InternNavLink[], pathname: string): string | null {
  let best: InternNavLink | null = null;
  for (const link of links) {
    const section = link.section ?? link.href;
    if (pathname !== section && !pathname.startsWith(`${section}/`)) continue;
    if (!best || section.length > (best.section ?? best.href).length) best = link;
  }
  return best?.href ?? null;
}

/**
 * The navigation of the internal area: a search box, the sections with the current one marked
 * (aria-current="page"); on a phone the sections fold behind a "Menü" disclosure (<details>,
 * no JavaScript needed), from md on they stand in one wrapped line.
 */
export function InternNav({ slug, regionName, links }: { slug: string; regionName: string; links: InternNavLink[] }) {
  const pathname = usePathname() ?? "";
  const all = [{ href: `/${slug}/intern`, label: "Übersicht" }, ...links];
  const current = currentSection(all, pathname);
  const items = (
    <>
      {all.map((link) => (
        <li key={link.href}>
          <TextLink
            href={link.href}
            aria-current={link.href === current ? "page" : undefined}
            className={cx(link.href === current && "font-bold no-underline")}
          >
            {link.label}
          </TextLink>
        </li>
      ))}
      <li>
        <TextAnchor href={`/${slug}`}>Öffentliche Seite</TextAnchor>
      </li>
    </>
  );
  return (
    <nav aria-label={`Interner Bereich ${regionName}`} className="mb-6 border-b border-brand-100 pb-3">
      <form role="search" method="get" action={`/${slug}/intern/suche`} className="mb-3 flex max-w-md gap-2">
        <label htmlFor="intern-nav-suche" className="sr-only">
          Im internen Bereich suchen
        </label>
        <input
          id="intern-nav-suche"
          type="search"
          name="q"
          maxLength={200}
          className="min-w-0 grow rounded border border-gray-500 px-2 py-1"
        />
        <Button type="submit" size="small">
          Suchen
        </Button>
      </form>
      <details className="md:hidden">
        <summary className="cursor-pointer font-semibold text-brand-800 underline">Menü</summary>
        <ul className="mt-2 space-y-2 text-sm">{items}</ul>
      </details>
      <ul className="hidden flex-wrap gap-x-5 gap-y-2 text-sm md:flex">{items}</ul>
    </nav>
  );
}
