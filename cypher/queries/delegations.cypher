// delegations: who led which delegation, for which organisation, with the titles held at the time.
// mode: READ
// params: $provinceIds :: LIST<STRING> | NULL (a province and those merged into it), $organization :: STRING | NULL, $organizationKey :: STRING | NULL,
//         $person :: STRING | NULL, $personKey :: STRING | NULL, $country :: STRING | NULL,
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL,
//         $destination :: STRING | NULL (the country the delegation went to: where it was held, or a host's country)
// columns: leader, leaderId, roles, organization, organizationId, province, event, eventId, date,
//          hosts, heldIn, quotes, articles
MATCH (l:Person)-[d:LED_DELEGATION]->(o:Organization)
WHERE ($provinceIds IS NULL OR EXISTS { MATCH (o)-[:BASED_IN]->(bp:Province) WHERE bp.id IN $provinceIds })
  AND ($organization IS NULL OR o.id = $organization OR o.nameKey = $organizationKey)
  AND ($person IS NULL OR l.id = $person OR l.nameKey = $personKey)
  AND ($country IS NULL OR o.country = $country)
OPTIONAL MATCH (e:Event {id: d.event})
WITH l, d, o, e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom))
  AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
  AND ($destination IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(dp:Province) WHERE dp.country = $destination }
       OR EXISTS { MATCH (dh)-[:HOSTED]->(e) WHERE dh.country = $destination })
OPTIONAL MATCH (o)-[:BASED_IN]->(op:Province)
OPTIONAL MATCH (e)-[:HELD_IN]->(hp:Province)
CALL (e) {
  OPTIONAL MATCH (h)-[:HOSTED]->(e)
  WITH h ORDER BY h.name
  RETURN collect(h.name) AS hosts
}
CALL (l, d) {
  OPTIONAL MATCH (l)-[hr:HOLDS_ROLE]->(r:Role)
  WHERE any(a IN hr.evidenceArticle WHERE a IN d.evidenceArticle)
  WITH r ORDER BY r.name
  RETURN collect(r.name) AS roles
}
RETURN l.name AS leader, l.id AS leaderId, roles, o.name AS organization, o.id AS organizationId,
       op.name AS province, e.name AS event, d.event AS eventId, e.date AS date, hosts, hp.name AS heldIn,
       d.evidenceText AS quotes, d.evidenceArticle AS articles
ORDER BY date, leader, organization, eventId, leaderId
