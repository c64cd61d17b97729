"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { logOut } from "@/lib/auth/log-out";
import { getCurrentSessionClaims } from "@/lib/auth/session";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

// Deleting the cookie alone would leave a copy of it valid until it expires: logOut ends the
// session in the database first.
export async function logoutAction(): Promise<void> {
  await logOut(await getCurrentSessionClaims());
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/anmelden?abgemeldet=1");
}
