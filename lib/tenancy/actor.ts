import { NotFoundError } from "@/lib/core/errors.ts";
import type { Permission } from "@/lib/permissions.ts";

/** Who acts in a use case: a user in one region with their permissions. */
export interface Actor {
  regionId: string;
  userId: string;
  can(permission: Permission): boolean;
}

/** Missing permission answers like a missing object: nothing tells that it exists. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!actor.can(permission)) throw new NotFoundError();
}

export function actorOf(context: {
  region: { id: string };
  user: { id: string };
  can(permission: Permission): boolean;
}): Actor {
  return { regionId: context.region.id, userId: context.user.id, can: context.can };
}
