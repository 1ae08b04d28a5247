// neighbourhood: the entities within N hops of one entity (1 to 3), nearest first.
// Country membership (IN_COUNTRY) is not followed: every node of a country would be two hops away.
// mode: READ
// params: $id :: STRING, $hops :: INTEGER (1..3), $limit :: INTEGER
// columns: id, label, name, distance
MATCH (s:Node {id: $id})
MATCH path = (s)-[:BASED_IN|HOLDS_ROLE|ROLE_AT|LED_DELEGATION|PARTICIPATED_IN|HOSTED|HELD_IN|SIGNED_WITH|ATTENDED|REPORTED_IN*1..3]-(n:Node)
WHERE n <> s AND length(path) <= $hops
WITH n, min(length(path)) AS distance
RETURN n.id AS id, n.label AS label, n.name AS name, distance
ORDER BY distance, label, name, id
LIMIT $limit
