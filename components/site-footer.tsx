export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>Bildungsnetz – das Portal der Regionalen Bildungsnetzwerke in Nordrhein-Westfalen.</p>
        <nav aria-label="Rechtliches zum Portal" className="mt-2">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <a href="/impressum" className="text-brand-800 underline">
                Impressum
              </a>
            </li>
            <li>
              <a href="/datenschutz" className="text-brand-800 underline">
                Datenschutz
              </a>
            </li>
            <li>
              <a href="/barrierefreiheit" className="text-brand-800 underline">
                Erklärung zur Barrierefreiheit
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
