// delegations-register: each delegation: its leader with the titles held at the time, the sending
// organisation, the destination (who hosted, where) and the date, with the source article.
// mode: READ
// title: Register of delegations
// params: $provinceIds :: LIST<STRING> | NULL (sending province, or one merged into it), $country :: STRING | NULL (sending country),
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL
// columns: date, event, leader, roles, organization, province, destination, heldIn, quote, article, articleTitle, articleUrl
MATCH (l:Person)-[d:LED_DELEGATION]->(o:Organization)
OPTIONAL MATCH (o)-[:BASED_IN]->(op:Province)
WITH l, d, o, op
WHERE ($provinceIds IS NULL OR op.id IN $provinceIds) AND ($country IS NULL OR o.country = $country)
OPTIONAL MATCH (e:Event {id: d.event})
WITH l, d, o, op, e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom)) AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
CALL (e) {
  OPTIONAL MATCH (h)-[:HOSTED]->(e)
  WITH h ORDER BY h.name
  RETURN collect(h.name) AS destination
}
CALL (l, d) {
  OPTIONAL MATCH (l)-[hr:HOLDS_ROLE]->(r:Role)
  WHERE any(a IN hr.evidenceArticle WHERE a IN d.evidenceArticle)
  WITH r ORDER BY r.name
  RETURN collect(r.name) AS roles
}
OPTIONAL MATCH (e)-[:HELD_IN]->(hp:Province)
OPTIONAL MATCH (art:Article {id: d.evidenceArticle[0]})
RETURN e.date AS date, d.event AS event, l.name AS leader, roles, o.name AS organization, op.name AS province, destination, hp.name AS heldIn,
       d.evidenceText[0] AS quote, art.id AS article, coalesce(art.title, art.source) AS articleTitle, art.url AS articleUrl
ORDER BY date, leader, organization, event, article
