import type { MetadataRoute } from "next";
import { origin } from "@/lib/core/http/site-origin";

/** Public pages may be indexed; internal areas, sign-in and the API may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/*/intern", "/admin", "/aufsicht", "/anmelden", "/abmelden", "/passwort-setzen", "/api/auth"],
    },
    sitemap: `${origin()}/sitemap.xml`,
  };
}
