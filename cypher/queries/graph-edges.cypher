// graph-edges: the relationships among a set of nodes, of the given types; a relationship that
// belongs to an event (a signing, a delegation) is left out when the event is outside the years.
// The relationships of one type from one node to another are one row: how many, about which
// documents (sorted), stated by how many sentences.
// mode: READ
// params: $ids :: LIST<STRING>, $types :: LIST<STRING>, $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL,
//         $undated :: BOOLEAN (an event without a year passes the year filter)
// columns: source, target, type, count, documents, evidenceCount
MATCH (a:Node)-[r]->(b:Node)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
  AND (($yearFrom IS NULL AND $yearTo IS NULL) OR r.event IS NULL OR EXISTS {
    // the event is looked up only when years are asked for
    MATCH (e:Event {id: r.event})
    WITH CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
    WHERE ($undated AND year IS NULL)
       OR (($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom))
      AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo)))
  })
WITH a, b, r ORDER BY r.document
WITH a.id AS source, b.id AS target, type(r) AS type, count(r) AS count, collect(DISTINCT r.document) AS documents,
     sum(size(r.evidenceText)) AS evidenceCount
RETURN source, target, type, count, documents, evidenceCount
ORDER BY source, target, type
