// persons-by-variant: the stored people under these variant keys (spellings of one name), with the
// roles they hold and the organisations of those roles, for the identity pass before an article
// is written.
// mode: READ
// params: $keys :: LIST<STRING>
// columns: id, variantKey, aliasKeys, country, roles, orgs
MATCH (p:Person) WHERE p.variantKey IN $keys
OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(r:Role)
OPTIONAL MATCH (r)-[:ROLE_AT]->(o:Organization)
WITH p, collect(DISTINCT r.id) AS roles, collect(DISTINCT o.id) AS orgs
RETURN p.id AS id, p.variantKey AS variantKey, p.aliasKeys AS aliasKeys, p.country AS country, roles, orgs
ORDER BY id
