export const RECOMMENDATION_STATUS_LABEL = { SUBMITTED: "eingebracht", FORWARDED: "beim Lenkungskreis", DECIDED: "entschieden" } as const;
