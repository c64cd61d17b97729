// The filters of the list of decisions and assignments: read from the query string (a GET form
// that works without JavaScript), unknown or malformed values are ignored.
import type { Prisma } from "@/lib/core/db/client.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

export const DECISION_RESULT_FILTER = {
  ADOPTED: "angenommen",
  ADOPTED_AMENDED: "mit Änderungen angenommen",
  REJECTED: "abgelehnt",
  DEFERRED: "vertagt",
  LIFTED: "aufgehoben",
} as const;

export const ASSIGNMENT_STATUS_FILTER = {
  OPEN: "offen",
  IN_PROGRESS: "in Arbeit",
  OVERDUE: "überfällig",
  DONE: "erledigt",
  CANCELLED: "entfallen",
} as const;

export interface DecisionFilters {
  bodyId?: string;
  fieldOfActionId?: string;
  year?: number;
  result?: keyof typeof DECISION_RESULT_FILTER;
  status?: keyof typeof ASSIGNMENT_STATUS_FILTER;
  ownerId?: string;
}

/** The names of the query parameters, as the form sends them. */
export const FILTER_PARAM = {
  bodyId: "gremium",
  fieldOfActionId: "handlungsfeld",
  year: "jahr",
  result: "ergebnis",
  status: "stand",
  ownerId: "verantwortlich",
} as const satisfies Record<keyof DecisionFilters, string>;

type Query = Record<string, string | string[] | undefined>;

const one = (query: Query, key: string) => {
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};
const isKeyOf = <T extends object>(object: T, key: string): key is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(object, key);

export function parseDecisionFilters(query: Query): DecisionFilters {
  const filters: DecisionFilters = {};
  const bodyId = one(query, FILTER_PARAM.bodyId);
  if (isUuid(bodyId)) filters.bodyId = bodyId;
  const fieldId = one(query, FILTER_PARAM.fieldOfActionId);
  if (isUuid(fieldId)) filters.fieldOfActionId = fieldId;
  const ownerId = one(query, FILTER_PARAM.ownerId);
  if (isUuid(ownerId)) filters.ownerId = ownerId;
  const year = one(query, FILTER_PARAM.year);
  if (/^\d{4}$/.test(year)) filters.year = Number(year);
  const result = one(query, FILTER_PARAM.result);
  if (isKeyOf(DECISION_RESULT_FILTER, result)) filters.result = result;
  const status = one(query, FILTER_PARAM.status);
  if (isKeyOf(ASSIGNMENT_STATUS_FILTER, status)) filters.status = status;
  return filters;
}

export function hasFilters(filters: DecisionFilters) {
  return Object.values(filters).some((v) => v !== undefined);
}

const ADOPTED = ["ADOPTED", "ADOPTED_AMENDED"] as const;
/** An adopted Aufhebungsbeschluss naming it lifts a decision. */
export const liftedWhere = {
  amendedBy: { some: { amendmentKind: "REVOKES" as const, outcome: { in: [...ADOPTED] } } },
};

/** Prisma conditions for the decisions and for their assignments; `today` decides "überfällig". */
export function decisionListWhere(filters: DecisionFilters, today: Date) {
  const assignmentWhere: Prisma.AssignmentWhereInput = {};
  if (filters.ownerId) assignmentWhere.ownerId = filters.ownerId;
  if (filters.status === "OVERDUE") {
    assignmentWhere.status = { in: ["OPEN", "IN_PROGRESS"] };
    assignmentWhere.dueOn = { lt: today };
  } else if (filters.status) assignmentWhere.status = filters.status;
  const decisionWhere: Prisma.DecisionWhereInput = {};
  const and: Prisma.DecisionWhereInput[] = [];
  if (filters.bodyId) decisionWhere.bodyId = filters.bodyId;
  if (filters.fieldOfActionId) decisionWhere.fieldOfActionId = filters.fieldOfActionId;
  if (filters.year)
    decisionWhere.decidedOn = {
      gte: new Date(Date.UTC(filters.year, 0, 1)),
      lt: new Date(Date.UTC(filters.year + 1, 0, 1)),
    };
  if (filters.result === "LIFTED") and.push(liftedWhere);
  else if (filters.result) decisionWhere.outcome = filters.result;
  if (filters.ownerId || filters.status) and.push({ assignments: { some: assignmentWhere } });
  if (and.length) decisionWhere.AND = and;
  return { decisionWhere, assignmentWhere };
}
