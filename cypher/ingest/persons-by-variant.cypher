// persons-by-variant: the stored people under these variant keys (spellings of one name), with the
// roles they hold, for the identity pass before an article is written.
// mode: READ
// params: $keys :: LIST<STRING>
// columns: id, variantKey, aliasKeys, country, roles
MATCH (p:Person) WHERE p.variantKey IN $keys
OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(r:Role)
WITH p, collect(DISTINCT r.id) AS roles
RETURN p.id AS id, p.variantKey AS variantKey, p.aliasKeys AS aliasKeys, p.country AS country, roles
ORDER BY id
