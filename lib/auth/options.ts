import "@/lib/core/server-only.ts";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate.ts";
import { clientKeyFrom } from "./client-key.ts";
import { logOut } from "./log-out.ts";
import { safePortalAddress } from "./safe-return-path.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day, not next-auth's 30 days

export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error(
      "NEXTAUTH_SECRET fehlt oder ist kürzer als 32 Zeichen (npm start setzt ihn für die eingebettete Datenbank).",
    );
  }
  return secret;
}

export const sessionCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: secureCookies(),
});

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/anmelden", signOut: "/abmelden", error: "/anmelden" },
    cookies: { sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions() } },
    providers: [
      CredentialsProvider({
        name: "E-Mail und Passwort",
        credentials: {
          email: { label: "E-Mail-Adresse", type: "email" },
          password: { label: "Passwort", type: "password" },
        },
        async authorize(credentials, request) {
          const result = await authenticate(credentials ?? {}, clientKeyFrom(request.headers ?? {}));
          return result.ok ? { ...result.user } : null;
        },
      }),
    ],
    events: {
      // next-auth's own /api/auth/signout ends the session the same way as the portal's button
      async signOut({ token }) {
        await logOut({
          uid: typeof token?.uid === "string" ? token.uid : undefined,
          sv: typeof token?.sv === "number" ? token.sv : undefined,
        });
      },
    },
    callbacks: {
      // callbackUrl: only a path on the portal's own origin (next-auth's default throws on
      // "http://host.evil.example" and would pass "//…" through unchecked)
      redirect({ url, baseUrl }) {
        return safePortalAddress(url, new URL(baseUrl).origin) ?? baseUrl;
      },
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.uid = typeof token.uid === "string" ? token.uid : undefined;
        session.sv = typeof token.sv === "number" ? token.sv : undefined;
        return session;
      },
    },
  };
}
