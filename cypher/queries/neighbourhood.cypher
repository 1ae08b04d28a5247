// neighbourhood: the entities within N hops of one entity (1 to 3), nearest first.
// Country membership (IN_COUNTRY) is not followed: every node of a country would be two hops away.
// Breadth-first, one ring at a time (never enumerating paths, which explode through busy nodes);
// a ring is expanded only while the nearer rings hold fewer than $limit entities, since the
// answer is ordered by distance first.
// mode: READ
// params: $id :: STRING, $hops :: INTEGER (1..3), $limit :: INTEGER
// columns: id, label, name, distance
MATCH (s:Node {id: $id})
CALL (s) {
  MATCH (s)-[:BASED_IN|HOLDS_ROLE|ROLE_AT|LED_DELEGATION|PARTICIPATED_IN|HOSTED|HELD_IN|SIGNED_WITH|ATTENDED|REPORTED_IN]-(n:Node)
  WHERE n <> s
  RETURN collect(DISTINCT n) AS ring1
}
CALL (s, ring1) {
  WITH s, ring1
  WHERE $hops >= 2 AND size(ring1) < $limit
  UNWIND ring1 AS m
  MATCH (m)-[:BASED_IN|HOLDS_ROLE|ROLE_AT|LED_DELEGATION|PARTICIPATED_IN|HOSTED|HELD_IN|SIGNED_WITH|ATTENDED|REPORTED_IN]-(n:Node)
  WHERE n <> s AND NOT n IN ring1
  RETURN collect(DISTINCT n) AS ring2
}
CALL (ring1, ring2) {
  WITH ring1, ring2
  WHERE $hops >= 3 AND size(ring1) + size(ring2) < $limit
  UNWIND ring2 AS m
  MATCH (m)-[:BASED_IN|HOLDS_ROLE|ROLE_AT|LED_DELEGATION|PARTICIPATED_IN|HOSTED|HELD_IN|SIGNED_WITH|ATTENDED|REPORTED_IN]-(n:Node)
  RETURN collect(DISTINCT n) AS reach3
}
// the third ring is what the second reaches beyond the nearer rings (membership tests on long
// lists cost too much memory here; the minimum distance per node gives the same answer)
UNWIND [n IN ring1 | {n: n, distance: 1}] + [n IN ring2 | {n: n, distance: 2}] + [n IN reach3 | {n: n, distance: 3}] AS found
WITH s, found.n AS n, min(found.distance) AS distance
WHERE n <> s
RETURN n.id AS id, n.label AS label, n.name AS name, distance
ORDER BY distance, label, name, id
LIMIT $limit
