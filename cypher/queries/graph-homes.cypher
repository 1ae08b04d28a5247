// graph-homes: the place each node of the explorer's map is drawn around. Provinces and countries
// are their own place; any other node is drawn beside a province (its own, or that of the
// organisations it belongs to), else beside a country's capital, else nowhere (the map's tray).
// The organisations a node belongs to, in this order: a role's organisation; a person's roles'
// organisations, then those whose delegations the person led; an event's hosts, then the other
// sides taking part. Within one step the smallest id wins, so that every store gives the same.
// mode: READ
// params: $ids :: LIST<STRING>
// columns: id, home
MATCH (n:Node)
WHERE n.id IN $ids
WITH n, [
  CASE WHEN n.label IN ['Province', 'Country'] THEN [n.id] ELSE [] END,
  COLLECT { MATCH (n)-[:BASED_IN|HELD_IN]->(p:Node) WHERE p.label = 'Province' RETURN p.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)-[:ROLE_AT]->(:Node)-[:BASED_IN]->(p:Node) WHERE p.label = 'Province' RETURN p.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)-[:HOLDS_ROLE]->(:Node)-[:ROLE_AT]->(:Node)-[:BASED_IN]->(p:Node) WHERE p.label = 'Province' RETURN p.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)-[:LED_DELEGATION]->(:Node)-[:BASED_IN]->(p:Node) WHERE p.label = 'Province' RETURN p.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)<-[:HOSTED]-(:Node)-[:BASED_IN]->(p:Node) WHERE p.label = 'Province' RETURN p.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)<-[:PARTICIPATED_IN]-(:Node)-[:BASED_IN]->(p:Node) WHERE p.label = 'Province' RETURN p.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)-[:IN_COUNTRY|HELD_IN]->(c:Node) WHERE c.label = 'Country' RETURN c.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)-[:ROLE_AT]->(:Node)-[:IN_COUNTRY]->(c:Node) WHERE c.label = 'Country' RETURN c.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)-[:HOLDS_ROLE]->(:Node)-[:ROLE_AT]->(:Node)-[:IN_COUNTRY]->(c:Node) WHERE c.label = 'Country' RETURN c.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)-[:LED_DELEGATION]->(:Node)-[:IN_COUNTRY]->(c:Node) WHERE c.label = 'Country' RETURN c.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)<-[:HOSTED]-(:Node)-[:IN_COUNTRY]->(c:Node) WHERE c.label = 'Country' RETURN c.id AS id ORDER BY id LIMIT 1 },
  COLLECT { MATCH (n)<-[:PARTICIPATED_IN]-(:Node)-[:IN_COUNTRY]->(c:Node) WHERE c.label = 'Country' RETURN c.id AS id ORDER BY id LIMIT 1 },
  CASE WHEN n.country IS NOT NULL AND n.label <> 'Article' THEN ['country:' + n.country] ELSE [] END
] AS steps
RETURN n.id AS id, head([s IN steps WHERE size(s) > 0 | s[0]]) AS home
ORDER BY id
