import "@/lib/core/server-only.ts";
import { publicRead } from "@/lib/core/public-cache/public-read.ts";
import { getLegalPage, LEGAL_PAGES, platformLegalText, type LegalPageKind } from "@/lib/regions/legal-pages.ts";
import { publicPage, regionPage } from "./page-props.ts";

const titleOf = (kind: LegalPageKind) => LEGAL_PAGES.find((p) => p.kind === kind)!.title;

/** The portal's own legal page. */
export const platformLegalProps = (kind: LegalPageKind) =>
  publicPage(async () => ({
    title: titleOf(kind),
    headTitle: titleOf(kind),
    body: platformLegalText(kind),
    updatedAt: null,
  }));

/** A region's legal page: its own text, or the default built from its contact data. */
export const regionLegalProps = (kind: LegalPageKind) =>
  regionPage(async (region) => {
    const { body, updatedAt } = await publicRead(region, `legal:${kind}`, () => getLegalPage(region, kind));
    return {
      title: `${titleOf(kind)}: Bildungsnetzwerk ${region.name}`,
      headTitle: `${titleOf(kind)} – ${region.name}`,
      body,
      updatedAt,
    };
  });
