import "@/lib/core/server-only.ts";
import { withoutRegion } from "@/lib/core/db/client.ts";

export async function listGovernmentDistricts() {
  const districts = await withoutRegion((tx) => tx.governmentDistrict.findMany({ select: { id: true, name: true } }));
  return districts.sort((a, b) => a.name.localeCompare(b.name, "de"));
}
