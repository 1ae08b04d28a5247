// path: the shortest path between two entities (up to 8 hops); among equally short paths, the
// first by node ids and relationship types, so that the answer is the same on every store.
// mode: READ
// from and to: an id, or a name (a province in any spelling is given as its id; any other entity is
// found by its folded name, the first by id when several share it).
// params: $from :: STRING, $fromKey :: STRING, $to :: STRING, $toKey :: STRING
// columns: step, id, label, name, via
MATCH (a:Node) WHERE a.id = $from OR a.nameKey = $fromKey
WITH a ORDER BY CASE WHEN a.id = $from THEN 0 ELSE 1 END, a.id LIMIT 1
MATCH (b:Node) WHERE b.id = $to OR b.nameKey = $toKey
WITH a, b ORDER BY CASE WHEN b.id = $to THEN 0 ELSE 1 END, b.id LIMIT 1
WITH a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[:BASED_IN|HOLDS_ROLE|ROLE_AT|LED_DELEGATION|PARTICIPATED_IN|HOSTED|HELD_IN|SIGNED_WITH|ATTENDED|REPORTED_IN*..8]-(b))
WITH p, reduce(k = '', i IN range(0, length(p) - 1) | k + nodes(p)[i].id + '|' + type(relationships(p)[i]) + '|') + b.id AS pathKey
ORDER BY pathKey
LIMIT 1
UNWIND range(0, length(p)) AS i
WITH p, i, nodes(p)[i] AS n
RETURN i AS step, n.id AS id, n.label AS label, n.name AS name,
       CASE WHEN i < length(p) THEN type(relationships(p)[i]) ELSE null END AS via
ORDER BY step
