import "@/lib/server-only.ts";
import { withoutRegion } from "@/lib/db/client.ts";

export async function listGovernmentDistricts() {
  const districts = await withoutRegion((tx) => tx.governmentDistrict.findMany({ select: { id: true, name: true } }));
  return districts.sort((a, b) => a.name.localeCompare(b.name, "de"));
}
