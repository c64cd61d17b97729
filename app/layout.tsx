import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { getCurrentUser } from "@/lib/auth/session";
import { listUserRegions } from "@/lib/tenancy/region-access";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bildungsnetz NRW", template: "%s – Bildungsnetz NRW" },
  description: "Die Regionalen Bildungsnetzwerke in Nordrhein-Westfalen: Gremien, Termine und Bildungsangebote.",
  metadataBase: new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000"),
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const regions = user ? await listUserRegions(user.id) : [];
  return (
    <html lang="de">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader userName={user?.name ?? null} platformRole={user?.platformRole ?? null} regions={regions} />
        <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
