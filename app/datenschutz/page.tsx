import type { Metadata } from "next";
import { LegalPageView } from "@/components/legal-page";
import { LEGAL_PAGES, platformLegalText } from "@/lib/regions/legal-pages";

const page = LEGAL_PAGES.find((p) => p.kind === "PRIVACY")!;
export const metadata: Metadata = { title: page.title };

export default function PlatformLegalPage() {
  return <LegalPageView title={page.title} body={platformLegalText(page.kind)} updatedAt={null} />;
}
