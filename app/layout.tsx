import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LogoutButton } from "@/components/logout-button";
import { logoutClass, PageFrame } from "@/components/page-frame";
import { getCurrentUser } from "@/lib/auth/session";
import { origin } from "@/lib/core/http/site-origin";
import { listUserRegions } from "@/lib/tenancy/region-access";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bildungsnetz NRW", template: "%s – Bildungsnetz NRW" },
  description: "Die Regionalen Bildungsnetzwerke in Nordrhein-Westfalen: Gremien, Termine und Bildungsangebote.",
  metadataBase: new URL(origin()),
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const regions = user ? await listUserRegions(user.id) : [];
  return (
    <html lang="de">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <PageFrame user={user && { ...user, regions }} logout={<LogoutButton className={logoutClass} />}>
          {children}
        </PageFrame>
      </body>
    </html>
  );
}
