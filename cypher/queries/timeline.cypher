// timeline: events in date order, with participants, hosts, place and source article.
// mode: READ
// params: $provinceId :: STRING | NULL, $organization :: STRING | NULL, $organizationKey :: STRING | NULL,
//         $country :: STRING | NULL (a participant's country), $kind :: STRING | NULL,
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL
// columns: date, endDate, kind, event, eventId, participants, hosts, heldIn, article, articleTitle
// With a province, an organisation or a country, only the events that touch it are read (each is
// then checked in full below); otherwise every event.
CALL () {
  MATCH (e:Event) WHERE $provinceId IS NULL AND $organization IS NULL AND $country IS NULL RETURN e
  UNION
  MATCH (:Province {id: $provinceId})<-[:BASED_IN]-(:Organization)-[:PARTICIPATED_IN|HOSTED]->(e:Event) RETURN e
  UNION
  MATCH (:Province {id: $provinceId})-[:HOSTED]->(e:Event) RETURN e
  UNION
  MATCH (:Province {id: $provinceId})<-[:HELD_IN]-(e:Event) RETURN e
  UNION
  MATCH (o:Organization)-[:PARTICIPATED_IN|HOSTED]->(e:Event)
  WHERE $provinceId IS NULL AND (o.id = $organization OR o.nameKey = $organizationKey)
  RETURN e
  UNION
  MATCH (o:Organization)-[:PARTICIPATED_IN]->(e:Event)
  WHERE $provinceId IS NULL AND $organization IS NULL AND o.country = $country
  RETURN e
}
WITH e
WHERE ($kind IS NULL OR e.kind = $kind)
WITH e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom))
  AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
  AND ($provinceId IS NULL
       OR EXISTS { MATCH (e)<-[:PARTICIPATED_IN|HOSTED]-(:Organization)-[:BASED_IN]->(:Province {id: $provinceId}) }
       OR EXISTS { MATCH (e)<-[:HOSTED]-(:Province {id: $provinceId}) }
       OR EXISTS { MATCH (e)-[:HELD_IN]->(:Province {id: $provinceId}) })
  AND ($organization IS NULL OR EXISTS { MATCH (e)<-[:PARTICIPATED_IN|HOSTED]-(o:Organization) WHERE o.id = $organization OR o.nameKey = $organizationKey })
  AND ($country IS NULL OR EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(o:Organization) WHERE o.country = $country })
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
