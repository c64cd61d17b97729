import { logoutAction } from "@/app/abmelden/actions";

export function LogoutButton({ className = "" }: { className?: string }) {
  return (
    <form action={logoutAction}>
      <button type="submit" className={className}>
        Abmelden
      </button>
    </form>
  );
}
