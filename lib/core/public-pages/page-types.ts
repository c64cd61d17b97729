// The shapes that the public pages' data loading (lib/core/public-pages/page-props.ts) hands to their
// views (components/page-frame.tsx, components/public/public-page.tsx). They live in lib/ because
// data flows from lib/ to the UI, never back: lib/ imports nothing from components/.
import type { SuperJSONResult } from "superjson";

/** The person in the page header: name and the internal areas they may enter. */
export interface FrameUser {
  name: string;
  platformRole: "PLATFORM_ADMIN" | "SUPERVISOR" | null;
  regions: { slug: string; name: string }[];
}

/** A public page's props: its data, superjson-encoded (dates survive the trip). */
export interface PublicPageProps {
  page: SuperJSONResult;
}
