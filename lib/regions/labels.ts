export const REGION_KIND_LABEL = { KREIS: "Kreis", KREISFREIE_STADT: "kreisfreie Stadt" } as const;
