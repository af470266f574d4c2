-- Client names are unique per agency ignoring case ("Acme" and "ACME" are one client), as the app has always said;
-- until now only the app's friendly check enforced it, so two writes at once could both pass it.
-- Earlier races may have left such pairs: the later ones are renamed visibly rather than failing the deploy.
UPDATE "Client" c
SET "name" = left(c."name", 140) || ' (duplicate ' || d.n || ')'
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "agencyId", lower("name") ORDER BY "createdAt", "id") - 1 AS n
  FROM "Client"
) d
WHERE d."id" = c."id" AND d.n > 0;

CREATE UNIQUE INDEX "Client_agencyId_lower_name_key" ON "Client" ("agencyId", lower("name"));
