import Link from "next/link";
import type { ReactNode } from "react";

interface Props {
  userName: string | null;
  platformRole: "PLATFORM_ADMIN" | "SUPERVISOR" | null;
  regions: { slug: string; name: string }[];
  /** The logout control: a server-action button, or on pages without JavaScript a link to /abmelden. */
  logout: ReactNode;
}

// Links to the public pages are plain <a>: those pages are in the Pages Router (no JavaScript),
// and the App Router's <Link> would prefetch them as RSC and get HTML back.
export function SiteHeader({ userName, platformRole, regions, logout }: Props) {
  return (
    <header className="border-b border-brand-100 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href="/" className="text-lg font-semibold text-white no-underline hover:underline">
          Bildungsnetz <span className="font-normal">NRW</span>
        </a>
        <nav aria-label="Hauptnavigation">
          <ul className="flex flex-wrap items-center gap-4 text-sm">
            <li>
              <a href="/" className="text-white underline-offset-4 hover:underline">
                Bildungsregionen
              </a>
            </li>
            {userName ? (
              <>
                {platformRole === "PLATFORM_ADMIN" && (
                  <li>
                    <Link href="/admin" className="text-white underline-offset-4 hover:underline">
                      Plattform
                    </Link>
                  </li>
                )}
                {platformRole === "SUPERVISOR" && (
                  <li>
                    <Link href="/aufsicht" className="text-white underline-offset-4 hover:underline">
                      Aufsicht
                    </Link>
                  </li>
                )}
                {regions.map((region) => (
                  <li key={region.slug}>
                    <Link href={`/${region.slug}/intern`} className="text-white underline-offset-4 hover:underline">
                      Intern{regions.length > 1 ? `: ${region.name}` : ""}
                    </Link>
                  </li>
                ))}
                <li className="text-brand-100">
                  <span className="sr-only">Angemeldet als </span>
                  {userName}
                </li>
                <li>{logout}</li>
              </>
            ) : (
              <li>
                <Link
                  href="/anmelden"
                  className="rounded border border-white/70 px-3 py-1 text-white no-underline hover:bg-brand-900"
                >
                  Anmelden
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
