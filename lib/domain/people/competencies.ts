/** The competencies the career ladder measures (the enum in schema.prisma), in display order, with plain labels. */
export const COMPETENCIES = ["RELATIONSHIP", "COMMERCIAL", "STRATEGIC", "DELIVERY", "LEADERSHIP"] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABEL: Readonly<Record<Competency, string>> = {
  RELATIONSHIP: "Relationship",
  COMMERCIAL: "Commercial / growth",
  STRATEGIC: "Strategic",
  DELIVERY: "Delivery",
  LEADERSHIP: "Leadership",
};

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const DEFAULT_ONE_ON_ONE_CADENCE_DAYS = 14;
