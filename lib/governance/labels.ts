export const FUNCTION_LABEL = {
  CHAIR: "Vorsitz",
  VICE_CHAIR: "stellv. Vorsitz",
  MEMBER: "Mitglied",
  ADVISORY: "beratend",
} as const;
export const QUORUM_LABEL = {
  MORE_THAN_HALF: "mehr als die Hälfte der stimmberechtigten Sitze anwesend",
  AT_LEAST_HALF: "mindestens die Hälfte der stimmberechtigten Sitze anwesend",
  FRACTION: "ein fester Anteil der stimmberechtigten Sitze anwesend",
} as const;
