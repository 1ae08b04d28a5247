// timeline: events in date order, with participants, hosts, place and source article.
// mode: READ
// params: $provinceIds :: LIST<STRING> | NULL (a province and those merged into it), $organization :: STRING | NULL, $organizationKey :: STRING | NULL,
//         $country :: STRING | NULL (a participant's country), $kind :: STRING | NULL,
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL,
//         $hosted :: BOOLEAN (only the events the province or one of its organisations hosted)
// columns: date, endDate, kind, event, eventId, participants, hosts, heldIn, article, articleTitle
// With a province, an organisation or a country, only the events that touch it are read (each is
// then checked in full below); otherwise every event.
CALL () {
  MATCH (e:Event) WHERE $provinceIds IS NULL AND $organization IS NULL AND $country IS NULL RETURN e
  UNION
  MATCH (p:Province)<-[:BASED_IN]-(:Organization)-[:PARTICIPATED_IN|HOSTED]->(e:Event) WHERE p.id IN $provinceIds RETURN e
  UNION
  MATCH (p:Province)-[:HOSTED]->(e:Event) WHERE p.id IN $provinceIds RETURN e
  UNION
  MATCH (p:Province)<-[:HELD_IN]-(e:Event) WHERE p.id IN $provinceIds RETURN e
  UNION
  MATCH (o:Organization)-[:PARTICIPATED_IN|HOSTED]->(e:Event)
  WHERE $provinceIds IS NULL AND (o.id = $organization OR o.nameKey = $organizationKey)
  RETURN e
  UNION
  MATCH (o:Organization)-[:PARTICIPATED_IN]->(e:Event)
  WHERE $provinceIds IS NULL AND $organization IS NULL AND o.country = $country
  RETURN e
}
WITH e
WHERE ($kind IS NULL OR e.kind = $kind)
WITH e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom))
  AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
  AND ($provinceIds IS NULL
       OR EXISTS { MATCH (e)<-[:PARTICIPATED_IN|HOSTED]-(:Organization)-[:BASED_IN]->(p:Province) WHERE p.id IN $provinceIds }
       OR EXISTS { MATCH (e)<-[:HOSTED]-(p:Province) WHERE p.id IN $provinceIds }
       OR EXISTS { MATCH (e)-[:HELD_IN]->(p:Province) WHERE p.id IN $provinceIds })
  AND ($organization IS NULL OR EXISTS { MATCH (e)<-[:PARTICIPATED_IN|HOSTED]-(o:Organization) WHERE o.id = $organization OR o.nameKey = $organizationKey })
  AND ($country IS NULL OR EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(o:Organization) WHERE o.country = $country })
  AND (NOT $hosted OR EXISTS {
        MATCH (e)<-[:HOSTED]-(h)
        WHERE $provinceIds IS NULL OR h.id IN $provinceIds
           OR EXISTS { MATCH (h)-[:BASED_IN]->(hp0:Province) WHERE hp0.id IN $provinceIds } })
CALL (e) {
  OPTIONAL MATCH (o:Organization)-[:PARTICIPATED_IN]->(e)
  WITH o ORDER BY o.name
  RETURN collect(o.name) AS participants
}
CALL (e) {
  OPTIONAL MATCH (h)-[:HOSTED]->(e)
  WITH h ORDER BY h.name
  RETURN collect(h.name) AS hosts
}
OPTIONAL MATCH (e)-[:HELD_IN]->(hp:Province)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
RETURN e.date AS date, e.endDate AS endDate, e.kind AS kind, e.name AS event, e.id AS eventId,
       participants, hosts, hp.name AS heldIn, a.id AS article, a.title AS articleTitle
ORDER BY date, eventId, article
