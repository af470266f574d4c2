/** Shapes shared by the builders: the rows to insert for one agency, and the plan they are built from. */
import type { Prisma } from "../../lib/db/generated/client";
import type { Clock } from "./dates";
import type { AgencySpec, AmSpec } from "./demo-agencies";
import type { Rng } from "./random";

export type Tier = "TIER_1" | "TIER_2" | "TIER_3";
export type AccountStatus = "ACTIVE" | "AT_RISK" | "PAUSED" | "CHURNED";

/** Users are global and may already exist (leader@demo.example), so memberships name them by email. */
export type UserRow = { email: string; name: string };
export type MembershipRow = Omit<Prisma.MembershipCreateManyInput, "userId"> & { id: string; userEmail: string };

export type AgencyRows = {
  agency: Prisma.AgencyCreateManyInput & { id: string };
  users: UserRow[];
  memberships: MembershipRow[];
  clients: Prisma.ClientCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  accounts: Prisma.AccountCreateManyInput[];
  checkIns: Prisma.CheckInCreateManyInput[];
  checkInContacts: Prisma.CheckInContactCreateManyInput[];
  projects: Prisma.ProjectCreateManyInput[];
  projectUpdates: Prisma.ProjectUpdateCreateManyInput[];
  kpis: Prisma.KpiCreateManyInput[];
  kpiMeasurements: Prisma.KpiMeasurementCreateManyInput[];
  growthPlans: Prisma.GrowthPlanCreateManyInput[];
  opportunities: Prisma.OpportunityCreateManyInput[];
  growthActions: Prisma.GrowthActionCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
  guidelineChanges: Prisma.GuidelineChangeCreateManyInput[];
  // Commercial health (issue 16; build-commercial.ts).
  retainerScopes: Prisma.RetainerScopeCreateManyInput[];
  timesheetEntries: Prisma.TimesheetEntryCreateManyInput[];
  scopeRequests: Prisma.ScopeRequestCreateManyInput[];
  valueChanges: Prisma.AccountValueChangeCreateManyInput[];
  contactDepartures: Prisma.ContactDepartureCreateManyInput[];
  newBusinessLeads: Prisma.NewBusinessLeadCreateManyInput[];
};

export type Member = { id: string; name: string; email: string };

export type AmPlan = Member & { spec: AmSpec; alsoPm: boolean };

export type ContactPlan = { id: string; active: boolean };

export type ClientPlan = { id: string; name: string; tier: Tier; contacts: ContactPlan[]; singleContact: boolean };

export type AccountPlan = {
  id: string;
  client: ClientPlan;
  am: AmPlan;
  kind: "RETAINER" | "PROJECT";
  status: AccountStatus;
  startDate: Date;
  /** PAUSED / CHURNED accounts stop having check-ins this many days ago. */
  inactiveSinceDays: number;
  overdue: boolean;
  offTrack: boolean;
  sentimentDrop: boolean;
};

export type BuildContext = {
  spec: AgencySpec;
  rng: Rng;
  clock: Clock;
  agencyId: string;
  cadence: Record<Tier, number>;
  leader: Member;
  ams: AmPlan[];
  pms: Member[];
  rows: AgencyRows;
};

export function emptyRows(agency: AgencyRows["agency"]): AgencyRows {
  return {
    agency,
    users: [],
    memberships: [],
    clients: [],
    contacts: [],
    accounts: [],
    checkIns: [],
    checkInContacts: [],
    projects: [],
    projectUpdates: [],
    kpis: [],
    kpiMeasurements: [],
    growthPlans: [],
    opportunities: [],
    growthActions: [],
    auditEvents: [],
    guidelineChanges: [],
    retainerScopes: [],
    timesheetEntries: [],
    scopeRequests: [],
    valueChanges: [],
    contactDepartures: [],
    newBusinessLeads: [],
  };
}

export const isLive = (status: AccountStatus) => status === "ACTIVE" || status === "AT_RISK";
