import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import type { FrameUser } from "@/lib/core/public-pages/page-types";

export const logoutClass = "rounded border border-white/70 px-3 py-1 text-white hover:bg-brand-900";

/** Skip link, header, the page's main landmark and footer: every page of both routers. */
export function PageFrame({
  user,
  logout,
  children,
}: {
  user: FrameUser | null;
  logout: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLink />
      <SiteHeader
        userName={user?.name ?? null}
        platformRole={user?.platformRole ?? null}
        regions={user?.regions ?? []}
        logout={logout}
      />
      <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
