import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { checkAuthRequest } from "@/lib/auth/check-auth-request";
import { authOptions } from "@/lib/auth/options";
import { origin } from "@/lib/core/http/site-origin";

// next-auth's own endpoints (session, csrf, credentials callback, signout) for API clients.
// The portal's login form uses the server action in app/anmelden, which issues the same token.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context) {
  const params = await context.params;
  const store = await cookies();
  const check = checkAuthRequest(request.method, request.nextUrl, params.nextauth, store.getAll(), origin());
  if (!check.ok)
    return new Response(check.message, {
      status: check.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...(check.allow ? { Allow: check.allow } : {}) },
    });
  // next-auth reads cookies through next/headers: a deleted one is gone for it, too
  for (const name of check.dropCookies) store.delete(name);
  const url = new URL(request.nextUrl);
  url.search = check.search.toString();
  const forwarded = new NextRequest(url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
  return NextAuth(forwarded as never, { params } as never, authOptions());
}

export { handler as GET, handler as POST };
