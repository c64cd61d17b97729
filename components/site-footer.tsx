export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>Bildungsnetz – das Portal der Regionalen Bildungsnetzwerke in Nordrhein-Westfalen.</p>
      </div>
    </footer>
  );
}
