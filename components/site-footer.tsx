import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>Bildungsnetz – das Portal der Regionalen Bildungsnetzwerke in Nordrhein-Westfalen.</p>
        <nav aria-label="Rechtliches zum Portal" className="mt-2">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li><Link href="/impressum" className="text-brand-800 underline">Impressum</Link></li>
            <li><Link href="/datenschutz" className="text-brand-800 underline">Datenschutz</Link></li>
            <li><Link href="/barrierefreiheit" className="text-brand-800 underline">Erklärung zur Barrierefreiheit</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
