import type { SchemaContext, SchemaName } from "@/lib/actions/define-action";
import type * as accounts from "./accounts/schemas";
import type * as clients from "./clients/schemas";
import type * as commercial from "./commercial/schemas";
import type * as contacts from "./contacts/schemas";
import type * as growth from "./growth/schemas";
import type * as kpis from "./kpis/schemas";
import type * as members from "./members/schemas";
import type * as notifications from "./notifications/schemas";
import type * as people from "./people/schemas";
import type * as projects from "./projects/schemas";

/** Every slice's input schemas by export name; the names carry their slice ("createAccountSchema"), so none clash. */
type Schemas = typeof accounts &
  typeof clients &
  typeof commercial &
  typeof contacts &
  typeof growth &
  typeof kpis &
  typeof members &
  typeof notifications &
  typeof people &
  typeof projects;

/**
 * The context a mutation receives from its action, named by the schema that parses its input:
 * `editAccount({ input, member, tx, audit }: Ctx<"editAccountSchema">)`.
 */
export type Ctx<Name extends SchemaName<Schemas>> = SchemaContext<Schemas, Name>;
