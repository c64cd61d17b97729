"use server";

import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/core/forms/form-state";
import { setPasswordWithToken } from "@/lib/users/set-password";

export async function setPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await runForm(formData, async () => {
    await setPasswordWithToken(Object.fromEntries(formData));
    return { message: "Ihr Passwort ist gesetzt." };
  });
  if (state.status === "ok") redirect("/anmelden?passwort=gesetzt");
  // Never echo passwords back into the form.
  return { ...state, values: state.values && { token: state.values.token ?? "" } };
}
