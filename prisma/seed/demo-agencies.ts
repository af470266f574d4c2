/**
 * The three demo agencies, one per size band of the guideline (DESIGN.md "The core rule"), each with account
 * managers whose books land on a known status: OVERLOADED, AT_CAPACITY, HEALTHY, UNDER. The specs say what each
 * AM's book looks like; build.ts turns them into rows.
 */
import { emailLocal, personName } from "./names";
import { Rng } from "./random";

/** Complexity codes of an AM's ACTIVE + AT_RISK accounts: L = LOW (0.5), S = STANDARD (1.0), H = HIGH (1.5). */
export type Book = string;

export type AmSpec = {
  name: string;
  /** A well-known demo login; otherwise firstname.lastname@<slug>.example. */
  email?: string;
  book: Book;
  /** How many accounts of the book are AT_RISK (the rest are ACTIVE). */
  atRisk: number;
  /** Extra PAUSED / CHURNED accounts, which do not count towards load. */
  inactive: number;
  /** Accounts whose last check-in is older than the tier cadence. */
  overdue: number;
  /** Accounts that get an OFF_TRACK project. */
  offTrack: number;
  /** Also the PM of the projects on their own accounts ("AM wearing the PM hat"). */
  alsoPm?: boolean;
  /** The guideline status the book is built to produce (documentation and tests). */
  expect: "OVERLOADED" | "AT_CAPACITY" | "HEALTHY" | "UNDER";
};

export type PersonSpec = { name: string; email?: string };

export type AgencySpec = {
  name: string;
  slug: string;
  employeeCount: number;
  currency: string;
  /** Guideline band for documentation: accounts per AM. */
  band: { min: number; max: number };
  /** The agency grew into its size band this many days ago (a step in the band on the 12-month load trends). */
  grewFrom?: { employeeCount: number; band: { min: number; max: number }; daysAgo: number };
  leader: PersonSpec;
  ams: AmSpec[];
  /** The first PM is the well-known pm@<slug>.example login. */
  pms: PersonSpec[];
  viewer: PersonSpec;
};

export const DEMO_PASSWORD = "accountable-demo";
export const MULTI_AGENCY_LEADER = { name: "Alex Morgan", email: "leader@demo.example" } as const;

const WEIGHT = { L: 0.5, S: 1, H: 1.5 } as const;

export function weightedLoad(book: Book): number {
  return [...book].reduce((sum, c) => sum + WEIGHT[c as keyof typeof WEIGHT], 0);
}

const brightside: AgencySpec = {
  name: "Brightside Studio",
  slug: "brightside",
  employeeCount: 8,
  currency: "GBP",
  band: { min: 4, max: 6 },
  leader: { name: "Charlotte Bennett", email: "leader@brightside.example" },
  ams: [
    // 7 ACTIVE + 1 AT_RISK, weighted 8.0 > 6: overloaded, with overdue check-ins and OFF_TRACK work (burnout risk).
    {
      name: "Jonah Whitfield",
      email: "am@brightside.example",
      book: "HSSSSSSL",
      atRisk: 1,
      inactive: 1,
      overdue: 3,
      offTrack: 2,
      expect: "OVERLOADED",
    },
    { name: "Priya Natarajan", book: "SSSSL", atRisk: 0, inactive: 1, overdue: 0, offTrack: 0, expect: "HEALTHY" },
  ],
  pms: [{ name: "Marcus Lee", email: "pm@brightside.example" }],
  viewer: { name: "Sam Ortiz", email: "viewer@brightside.example" },
};

const northwind: AgencySpec = {
  name: "Northwind Creative",
  slug: "northwind",
  employeeCount: 45,
  currency: "USD",
  band: { min: 6, max: 8 },
  grewFrom: { employeeCount: 9, band: { min: 4, max: 6 }, daysAgo: 150 },
  leader: { name: "Helen Voss", email: "leader@northwind.example" },
  ams: [
    // 10 accounts incl. two HIGH, weighted 10 > 8.
    {
      name: "Ethan Caldwell",
      email: "am@northwind.example",
      book: "HHSSSSSSLL",
      atRisk: 2,
      inactive: 1,
      overdue: 4,
      offTrack: 3,
      expect: "OVERLOADED",
    },
    // Weighted exactly 8 (1.5 + 6 + 0.5), and PM of the projects on his own accounts (role overlap).
    {
      name: "Daniel Okoro",
      book: "HSSSSSSL",
      atRisk: 1,
      inactive: 0,
      overdue: 1,
      offTrack: 0,
      alsoPm: true,
      expect: "AT_CAPACITY",
    },
    { name: "Sofia Marchetti", book: "SSSSSSL", atRisk: 0, inactive: 1, overdue: 1, offTrack: 0, expect: "HEALTHY" },
    { name: "Grace Adeyemi", book: "HSSSSL", atRisk: 1, inactive: 0, overdue: 0, offTrack: 0, expect: "HEALTHY" },
    { name: "Liam Brennan", book: "SSL", atRisk: 0, inactive: 0, overdue: 0, offTrack: 0, expect: "UNDER" },
    // A new hire with no accounts yet: zero accounts is UNDER.
    { name: "Nadia Haddad", book: "", atRisk: 0, inactive: 0, overdue: 0, offTrack: 0, expect: "UNDER" },
  ],
  pms: [
    { name: "Tomás Rivera", email: "pm@northwind.example" },
    { name: "Aisha Khan" },
    { name: "Oliver Grant" },
    { name: "Mei Lin" },
  ],
  viewer: { name: "Robert Hale", email: "viewer@northwind.example" },
};

/** A book whose weighted load is exactly `halfUnits / 2`, mostly STANDARD accounts. */
function bookFor(rng: Rng, halfUnits: number): Book {
  let book = "";
  let remaining = halfUnits;
  while (remaining > 0) {
    const options: [string, number][] = [["L", 2]];
    if (remaining >= 2) options.push(["S", 7]);
    if (remaining >= 3) options.push(["H", 2]);
    const code = rng.weighted(options);
    book += code;
    remaining -= code === "L" ? 1 : code === "S" ? 2 : 3;
  }
  return [...book].sort((a, b) => "HSL".indexOf(a) - "HSL".indexOf(b)).join("");
}

function meridian(): AgencySpec {
  const rng = new Rng("meridian-people");
  const used = new Set(["isabel.fontaine", "victoria.ashworth", "kwame.mensah", "patrick.doyle"]);
  const freshName = () => {
    for (;;) {
      const p = personName(rng);
      const local = emailLocal(p.first, p.last);
      if (!used.has(local)) {
        used.add(local);
        return p.full;
      }
    }
  };
  // Large band 8–10: three overloaded (one burning out), three at capacity, fourteen healthy, four under-used.
  const plan: [AmSpec["expect"], number][] = [
    ["OVERLOADED", 3],
    ["AT_CAPACITY", 3],
    ["HEALTHY", 14],
    ["UNDER", 4],
  ];
  const ams: AmSpec[] = [];
  for (const [expect, count] of plan) {
    for (let i = 0; i < count; i++) {
      const first = ams.length === 0;
      const half =
        expect === "OVERLOADED"
          ? first
            ? 25
            : rng.int(21, 24)
          : expect === "AT_CAPACITY"
            ? 20
            : expect === "HEALTHY"
              ? rng.int(16, 19)
              : rng.int(6, 14);
      const book = bookFor(rng, half);
      const n = book.length;
      ams.push({
        name: first ? "Isabel Fontaine" : freshName(),
        email: first ? "am@meridian.example" : undefined,
        book,
        atRisk:
          expect === "OVERLOADED"
            ? 2
            : rng.weighted([
                [0, 5],
                [1, 4],
                [2, 1],
              ]),
        inactive: rng.weighted([
          [0, 5],
          [1, 4],
          [2, 1],
        ]),
        // The first overloaded AM burns out (overdue + OFF_TRACK); the second only has late check-ins.
        overdue: first
          ? Math.ceil(n * 0.4)
          : expect === "OVERLOADED"
            ? 1
            : rng.weighted([
                [0, 6],
                [1, 3],
                [2, 1],
              ]),
        offTrack: first ? 3 : expect === "OVERLOADED" && i === 2 ? 2 : rng.chance(0.1) ? 1 : 0,
        alsoPm: expect === "HEALTHY" && i === 0,
        expect,
      });
    }
  }
  const pms: PersonSpec[] = [{ name: "Kwame Mensah", email: "pm@meridian.example" }];
  for (let i = 0; i < 9; i++) pms.push({ name: freshName() });
  return {
    name: "Meridian Collective",
    slug: "meridian",
    employeeCount: 240,
    currency: "EUR",
    band: { min: 8, max: 10 },
    leader: { name: "Victoria Ashworth", email: "leader@meridian.example" },
    ams,
    pms,
    viewer: { name: "Patrick Doyle", email: "viewer@meridian.example" },
  };
}

export const DEMO_AGENCIES: readonly AgencySpec[] = [brightside, northwind, meridian()];

export type DemoLogin = { email: string; password: string; agencies: string[]; role: string; name: string };

/** The well-known demo sign-ins (all share DEMO_PASSWORD), for the README, the home page and tests. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: MULTI_AGENCY_LEADER.email,
    password: DEMO_PASSWORD,
    agencies: DEMO_AGENCIES.map((a) => a.slug),
    role: "LEADER",
    name: MULTI_AGENCY_LEADER.name,
  },
  ...DEMO_AGENCIES.flatMap((a) => [
    {
      email: a.leader.email!,
      password: DEMO_PASSWORD,
      agencies: [a.slug],
      role: "LEADER (owner)",
      name: a.leader.name,
    },
    {
      email: a.ams[0]!.email!,
      password: DEMO_PASSWORD,
      agencies: [a.slug],
      role: "AM (overloaded)",
      name: a.ams[0]!.name,
    },
    { email: a.pms[0]!.email!, password: DEMO_PASSWORD, agencies: [a.slug], role: "PM", name: a.pms[0]!.name },
    { email: a.viewer.email!, password: DEMO_PASSWORD, agencies: [a.slug], role: "VIEWER", name: a.viewer.name },
  ]),
];
