// cooperation: which provinces a province works with in any way, the relation named per row:
// signed (an organisation of each signed with the other), hosted (the province, or one of its
// organisations, received the other at an event), visited (the other hosted it), met (both took
// part, neither hosted).
// mode: READ
// params: $provinceIds :: LIST<STRING> (a province and those merged into it), $country :: STRING | NULL (the partner's),
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL
// columns: partnerProvince, partnerProvinceId, partnerCountry, relation, document, date, event, eventId
CALL () {
  MATCH (p:Province)<-[:BASED_IN]-(:Organization)-[s:SIGNED_WITH]-(:Organization)-[:BASED_IN]->(q:Province)
  WHERE p.id IN $provinceIds AND NOT q.id IN $provinceIds
  OPTIONAL MATCH (e:Event {id: s.event})
  RETURN q, 'signed' AS relation, s.document AS document, e
  UNION
  MATCH (e:Event)<-[:PARTICIPATED_IN|HOSTED]-(x)
  OPTIONAL MATCH (x)-[:BASED_IN]->(bp:Province)
  WITH e, CASE WHEN x:Province THEN x ELSE bp END AS side
  WHERE side IS NOT NULL
  WITH e, collect(DISTINCT side) AS sides
  WHERE any(s IN sides WHERE s.id IN $provinceIds)
  UNWIND sides AS q
  WITH e, q
  WHERE NOT q.id IN $provinceIds
  WITH e, q,
       EXISTS { MATCH (e)<-[:HOSTED]-(h) WHERE h.id IN $provinceIds OR EXISTS { MATCH (h)-[:BASED_IN]->(hp:Province) WHERE hp.id IN $provinceIds } } AS weHosted,
       EXISTS { MATCH (e)<-[:HOSTED]-(h) WHERE h.id = q.id OR EXISTS { MATCH (h)-[:BASED_IN]->(q) } } AS theyHosted
  RETURN q, CASE WHEN weHosted THEN 'hosted' WHEN theyHosted THEN 'visited' ELSE 'met' END AS relation, null AS document, e
}
WITH q, relation, document, e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WHERE ($country IS NULL OR q.country = $country)
  AND ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom))
  AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
RETURN DISTINCT q.name AS partnerProvince, q.id AS partnerProvinceId, q.country AS partnerCountry, relation, document,
       e.date AS date, e.name AS event, e.id AS eventId
ORDER BY partnerProvince, partnerProvinceId, date, relation, document, eventId
