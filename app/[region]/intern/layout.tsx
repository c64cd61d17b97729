import type { ReactNode } from "react";
import { FlashRegion } from "@/components/forms/flash";
import { InternNav, type InternNavLink } from "@/components/intern-nav";
import { requireRegion } from "@/lib/tenancy/require-region";

// Navigation only; every page below calls requireRegion itself (a layout is never the only gate).
export default async function InternLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ region: string }>;
}) {
  const { region: slug } = await params;
  const context = await requireRegion(slug);
  const links: InternNavLink[] = [];
  if (context.can("meetings.read")) links.push({ href: `/${slug}/intern/sitzungen`, label: "Sitzungen" });
  if (context.can("polls.vote") || context.can("polls.manage"))
    links.push({ href: `/${slug}/intern/abstimmungen`, label: "Abstimmungen" });
  if (context.can("events.write")) links.push({ href: `/${slug}/intern/veranstaltungen`, label: "Veranstaltungen" });
  if (context.can("recommendations.submit") || context.can("steering.read")) {
    links.push({ href: `/${slug}/intern/empfehlungen`, label: "Empfehlungen" });
    links.push({ href: `/${slug}/intern/handlungsfelder`, label: "Handlungsfelder" });
  }
  if (context.can("assignments.read")) {
    links.push({ href: `/${slug}/intern/auftraege`, label: "Beschlüsse und Aufträge" });
    links.push({ href: `/${slug}/intern/arbeitsprogramm`, label: "Arbeitsprogramm" });
  }
  if (context.can("offers.write")) links.push({ href: `/${slug}/intern/angebote`, label: "Angebote" });
  else if (context.can("offers.propose"))
    links.push({ href: `/${slug}/intern/angebote`, label: "Angebote vorschlagen" });
  if (context.can("agreement.manage"))
    links.push({ href: `/${slug}/intern/verwaltung/vertrag`, label: "Kooperationsvertrag" });
  if (context.can("memberships.manage")) {
    links.push({
      href: `/${slug}/intern/verwaltung/gremien/lenkungskreis`,
      label: "Gremien",
      section: `/${slug}/intern/verwaltung/gremien`,
    });
    links.push({ href: `/${slug}/intern/verwaltung/personen`, label: "Personen" });
  }
  if (context.can("users.manage")) links.push({ href: `/${slug}/intern/verwaltung/nutzer`, label: "Zugänge" });
  if (context.can("region.manage"))
    links.push({ href: `/${slug}/intern/verwaltung/rechtliches`, label: "Rechtliche Seiten" });
  if (context.can("region.manage"))
    links.push({ href: `/${slug}/intern/verwaltung/briefkopf`, label: "Briefkopf und Logo" });
  return (
    <>
      <InternNav slug={slug} regionName={context.region.name} links={links} />
      <FlashRegion />
      {children}
    </>
  );
}
