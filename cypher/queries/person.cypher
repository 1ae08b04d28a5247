// person: one person's roles over time, the delegations they led and the events they attended.
// mode: READ
// params: $person :: STRING (id or name), $personKey :: STRING
// columns: person, personId, kind, label, organization, organizationId, date, event, quote, article
MATCH (p:Person)
WHERE p.id = $person OR p.nameKey = $personKey
CALL (p) {
  MATCH (p)-[h:HOLDS_ROLE]->(r:Role)-[:ROLE_AT]->(o:Organization)
  UNWIND range(0, size(h.evidenceText) - 1) AS i
  RETURN 'role' AS kind, r.title AS label, o.name AS organization, o.id AS organizationId,
         h.evidenceDate[i] AS date, null AS event, h.evidenceText[i] AS quote, h.evidenceArticle[i] AS article
  UNION ALL
  MATCH (p)-[d:LED_DELEGATION]->(o:Organization)
  OPTIONAL MATCH (e:Event {id: d.event})
  RETURN 'led_delegation' AS kind, e.name AS label, o.name AS organization, o.id AS organizationId,
         e.date AS date, d.event AS event, d.evidenceText[0] AS quote, d.evidenceArticle[0] AS article
  UNION ALL
  MATCH (p)-[a:ATTENDED]->(e:Event)
  RETURN 'attended' AS kind, e.name AS label, null AS organization, null AS organizationId,
         e.date AS date, e.id AS event, a.evidenceText[0] AS quote, a.evidenceArticle[0] AS article
}
RETURN p.name AS person, p.id AS personId, kind, label, organization, organizationId, date, event, quote, article
ORDER BY personId, date, kind, label, organization, event, article, quote
