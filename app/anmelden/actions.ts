"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { logIn } from "@/lib/auth/log-in";
import { SESSION_MAX_AGE_SECONDS, sessionCookieOptions } from "@/lib/auth/options";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { INVALID_REQUEST } from "@/lib/core/forms/form-state";
import type { FieldErrors } from "@/lib/core/validation/text";

export interface LoginState {
  message?: string;
  fieldErrors?: FieldErrors;
  values: { email: string };
}

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  if (!(formData instanceof FormData)) return { message: INVALID_REQUEST, values: { email: "" } };
  const email = formData.get("email");
  const values = { email: typeof email === "string" ? email.slice(0, 254) : "" };
  const result = await logIn(
    { email, password: formData.get("password"), returnTo: formData.get("weiter") },
    clientKeyFrom(await headers()),
  );
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors, values };
  (await cookies()).set(SESSION_COOKIE, result.token, { ...sessionCookieOptions(), maxAge: SESSION_MAX_AGE_SECONDS });
  redirect(result.landing);
}
