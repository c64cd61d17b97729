"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor } from "@/components/ui/text-link";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/core/http/outage-digest";

/**
 * What an internal page shows while the database cannot be reached (app/error.tsx,
 * app/global-error.tsx): what happened, that nothing stored was lost, and a link that loads
 * the same address again — a full request, not a re-render of what is already in the browser.
 */
export function DatabaseUnavailableNotice() {
  // null only where the Pages Router renders this (it does not): then the start page
  const pathname: string = usePathname() ?? "/";
  return (
    <div className="max-w-2xl" role="alert">
      <PageTitle>Die Seite ist gleich wieder da</PageTitle>
      <p className="mt-4 text-lg">{DATABASE_UNAVAILABLE_MESSAGE}</p>
      <p className="mt-2">
        Ihre gespeicherten Daten sind nicht verloren. Was Sie gerade abgeschickt haben, ist möglicherweise nicht
        gespeichert worden – bitte prüfen Sie es, wenn die Seite wieder da ist.
      </p>
      <p className="mt-6">
        {/* the query only in the browser: Next prerenders the error pages, where there is none */}
        <Suspense fallback={<AgainLink href={pathname} />}>
          <AgainWithQuery pathname={pathname} />
        </Suspense>
      </p>
    </div>
  );
}

function AgainWithQuery({ pathname }: { pathname: string }) {
  const search = useSearchParams()?.toString() ?? "";
  return <AgainLink href={search ? `${pathname}?${search}` : pathname} />;
}

function AgainLink({ href }: { href: string }) {
  return (
    <TextAnchor href={href} strong>
      Seite erneut laden
    </TextAnchor>
  );
}
