/** Realistic people, companies and industries for the demo agencies. Plain data, no logic beyond picking. */
import type { Rng } from "./random";

export const FIRST_NAMES = [
  "Amara",
  "Ben",
  "Camila",
  "Daniel",
  "Elena",
  "Felix",
  "Grace",
  "Hiro",
  "Isabel",
  "Jonah",
  "Keisha",
  "Liam",
  "Maya",
  "Noah",
  "Olivia",
  "Priya",
  "Quentin",
  "Rosa",
  "Samuel",
  "Tara",
  "Umar",
  "Valentina",
  "William",
  "Ximena",
  "Yusuf",
  "Zoe",
  "Aisha",
  "Brandon",
  "Chloe",
  "Diego",
  "Emeka",
  "Fiona",
  "Gabriel",
  "Hannah",
  "Ivan",
  "Julia",
  "Kofi",
  "Laura",
  "Marcus",
  "Nadia",
  "Oscar",
  "Paula",
  "Rafael",
  "Sofia",
  "Theo",
  "Ursula",
  "Victor",
  "Wen",
  "Aaron",
  "Bianca",
  "Connor",
  "Dalia",
  "Ethan",
  "Farah",
  "George",
  "Helena",
  "Ines",
  "Jamal",
  "Kira",
  "Lucas",
  "Mei",
  "Nikhil",
  "Orla",
  "Pedro",
  "Rachel",
  "Sanjay",
  "Tomas",
  "Uma",
  "Vera",
  "Wyatt",
  "Yara",
  "Zain",
  "Alice",
  "Bruno",
  "Clara",
  "Dev",
  "Erin",
  "Femi",
  "Greta",
  "Hugo",
  "Iris",
  "Jake",
  "Lena",
  "Mateo",
  "Nora",
  "Omar",
  "Petra",
  "Ravi",
  "Sara",
  "Tobias",
  "Anya",
  "Callum",
  "Dina",
  "Emil",
  "Freya",
  "Leo",
] as const;

export const LAST_NAMES = [
  "Okafor",
  "Fischer",
  "Alvarez",
  "Brennan",
  "Novak",
  "Hartmann",
  "Lindqvist",
  "Tanaka",
  "Moreau",
  "Abernathy",
  "Washington",
  "O'Neill",
  "Patel",
  "Kowalski",
  "Ribeiro",
  "Chen",
  "Dubois",
  "Nakamura",
  "Osei",
  "Sullivan",
  "Haddad",
  "Jensen",
  "Kaur",
  "Lambert",
  "Mendoza",
  "Nguyen",
  "Petrov",
  "Quinn",
  "Rossi",
  "Schmidt",
  "Torres",
  "Varga",
  "Whitfield",
  "Yamamoto",
  "Zimmerman",
  "Adeyemi",
  "Bergstrom",
  "Castillo",
  "Delgado",
  "Eriksen",
  "Fontaine",
  "Gallagher",
  "Holloway",
  "Ibrahim",
  "Jovanovic",
  "Kimura",
  "Larsen",
  "Mbeki",
  "Nilsson",
  "Oyelaran",
  "Park",
  "Ramirez",
  "Sato",
  "Thornton",
  "Ueda",
  "Vasquez",
  "Weber",
  "Xu",
  "Young",
  "Zhang",
  "Andersson",
  "Blackwood",
  "Carvalho",
  "Doyle",
  "Ekström",
  "Farrell",
  "Grant",
  "Hughes",
  "Ito",
  "Keane",
  "Lopez",
  "Murphy",
  "Nowak",
  "Olsen",
  "Pereira",
  "Reyes",
  "Singh",
  "Tran",
  "Vogel",
  "Walsh",
  "Ahmed",
  "Bauer",
  "Costa",
  "Dang",
] as const;

export const INDUSTRIES = [
  "Retail & e-commerce",
  "Financial services",
  "Healthcare",
  "SaaS & technology",
  "Hospitality & travel",
  "Food & beverage",
  "Consumer goods",
  "Education",
  "Non-profit",
  "Real estate",
  "Automotive",
  "Energy & utilities",
  "Professional services",
  "Fashion & apparel",
  "Media & entertainment",
  "Manufacturing",
  "Sports & fitness",
] as const;

export type Industry = (typeof INDUSTRIES)[number];

/** Company-name stems that read plausibly for an industry. */
const STEMS: Record<Industry, readonly string[]> = {
  "Retail & e-commerce": ["Basketry", "Parcel & Pine", "Shopwell", "Maple Lane", "Cartwheel", "Everyday Goods"],
  "Financial services": [
    "Ledgerline",
    "Harbor Trust",
    "Crestview Capital",
    "Northgate Bank",
    "Fairway Finance",
    "Copperleaf Wealth",
  ],
  Healthcare: ["Clearwater Clinics", "Vitalis", "Brightpath Health", "Kinwell", "Meadowbrook Care", "Pulsepoint"],
  "SaaS & technology": ["Stackwise", "Loopwire", "Datanest", "Cloudberry", "Gridline", "Brightbyte", "Quillstack"],
  "Hospitality & travel": ["Saltwater Hotels", "Wayfarer", "Tidewater Resorts", "Compass Travel", "Driftwood Inns"],
  "Food & beverage": ["Oak & Ember", "Bramble Coffee", "Harvest Table", "Goldcrest Dairy", "Fizzwell", "Rye & Rind"],
  "Consumer goods": ["Homestead", "Lumen Living", "Pebble & Co", "Kindred Home", "Tandem Brands", "Solstice"],
  Education: ["Brightminds", "Northfield College", "Learnloop", "Cedar Academy", "Scholarly"],
  "Non-profit": ["Open Harbor Foundation", "Greenway Trust", "Second Chapter", "Common Ground", "Lighthouse Aid"],
  "Real estate": ["Keystone Properties", "Cornerstone Homes", "Urbanhaus", "Ridgeway Estates", "Parkside Living"],
  Automotive: ["Velocity Motors", "Torque", "Ironwood Auto", "Roadmark", "Kestrel Cars"],
  "Energy & utilities": ["Sunridge Energy", "Bluewave Power", "Terra Renewables", "Voltaic", "Windmere"],
  "Professional services": ["Halden & Cole", "Briarwood Legal", "Summit Advisory", "Ashford Partners", "Meridian Law"],
  "Fashion & apparel": ["Threadline", "Atelier Nord", "Loom & Lark", "Coastal Knit", "Velvet Row"],
  "Media & entertainment": ["Lanternfish Studios", "Echo Radio", "Starling Media", "Reelhouse", "Paper Moon Press"],
  Manufacturing: ["Precision Forge", "Alloyworks", "Hartwell Industrial", "Fulcrum Tools", "Keel Manufacturing"],
  "Sports & fitness": ["Strideline", "Peak Athletic", "Corefit", "Summit Outdoor", "Backcourt"],
};

const SUFFIXES = ["", "", "", " Group", " Inc.", " Co.", " Labs", " Holdings", " International", " UK", " & Sons"];

export function personName(rng: Rng): { first: string; last: string; full: string } {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return { first, last, full: `${first} ${last}` };
}

/** A company name for the industry that is not yet in `used` (names are unique per agency). */
export function companyName(rng: Rng, industry: Industry, used: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = rng.pick(STEMS[industry]);
    const name =
      attempt < 10
        ? base + rng.pick(SUFFIXES)
        : `${base} ${rng.pick(["North", "West", "Studio", "Digital", "Global", "Direct"])}${attempt > 30 ? ` ${attempt}` : ""}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error(`could not find a free company name for ${industry}`);
}

/** "Parcel & Pine Co." -> "parcelandpine". */
export function domainStem(company: string): string {
  return company
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/\b(inc|co|group|labs|holdings|international|uk|and sons)\b\.?/g, "")
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 30);
}

/** Email-safe lower-case local part: "Sofia O'Neill" -> "sofia.oneill". */
export function emailLocal(first: string, last: string): string {
  const clean = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  return `${clean(first)}.${clean(last)}`;
}

export const CONTACT_TITLES = [
  "Chief Marketing Officer",
  "VP Marketing",
  "Head of Brand",
  "Marketing Director",
  "Digital Marketing Manager",
  "Head of E-commerce",
  "Communications Director",
  "Growth Lead",
  "Brand Manager",
  "Head of Content",
  "Procurement Manager",
  "Chief Executive Officer",
  "Founder",
  "Product Marketing Manager",
  "Social Media Lead",
] as const;
