// Two complete regions for cross-region tests, built with the shared factories.
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { createPerson, createRegion, createStandardStructure, createUser, grantRole } from "../factories/index.ts";

export async function twoRegions() {
  const make = async () => {
    const region = await withoutRegion((tx) => createRegion(tx));
    const user = await withoutRegion((tx) => createUser(tx));
    const structure = await withRegion(region.id, async (tx) => {
      const structure = await createStandardStructure(tx, region.id);
      await grantRole(tx, region.id, user.id, "OFFICE_LEAD");
      const person = await createPerson(tx, region.id, { userId: user.id });
      return { ...structure, person };
    });
    return { region, user, ...structure };
  };
  return { a: await make(), b: await make() };
}
