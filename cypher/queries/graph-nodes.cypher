// graph-nodes: the nodes of the explorer's view, the best connected first, up to a limit.
// Events outside the year range are left out (those without a year too, unless $undated); with a
// partner country, both sides of its partnerships and nothing else.
// mode: READ
// params: $labels :: LIST<STRING>, $country :: STRING | NULL, $ids :: LIST<STRING> | NULL,
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL, $undated :: BOOLEAN, $limit :: INTEGER
// columns: id, label, name, country, date, degree
MATCH (n:Node)
WHERE n.label IN $labels
  AND ($ids IS NULL OR n.id IN $ids)
  // a partner country keeps both sides of its partnerships: its own nodes, the events it took part
  // in, and whoever shared such an event or signed with it (and their provinces); an event between
  // two other countries' sides is left out
  AND ($country IS NULL
    OR (n.label = 'Event' AND EXISTS { MATCH (n)<-[:PARTICIPATED_IN|HOSTED]-(o:Node) WHERE o.country = $country })
    OR (n.label <> 'Event' AND (n.country IS NULL OR n.country = $country
      OR EXISTS { MATCH (n)-[:PARTICIPATED_IN|HOSTED|ATTENDED]->(:Event)<-[:PARTICIPATED_IN|HOSTED]-(o:Node) WHERE o.country = $country }
      OR EXISTS { MATCH (n)-[:SIGNED_WITH]-(o:Node) WHERE o.country = $country }
      OR (n.label = 'Province' AND (
           EXISTS { MATCH (n)<-[:BASED_IN]-(:Node)-[:PARTICIPATED_IN|HOSTED]->(:Event)<-[:PARTICIPATED_IN|HOSTED]-(o:Node) WHERE o.country = $country }
        OR EXISTS { MATCH (n)<-[:BASED_IN]-(:Node)-[:SIGNED_WITH]-(o:Node) WHERE o.country = $country })))))
  AND (n.label <> 'Event' OR ($undated AND NOT coalesce(n.date, '') =~ '[0-9]{4}.*') OR (
        ($yearFrom IS NULL OR (n.date =~ '[0-9]{4}.*' AND toInteger(substring(n.date, 0, 4)) >= $yearFrom))
    AND ($yearTo IS NULL OR (n.date =~ '[0-9]{4}.*' AND toInteger(substring(n.date, 0, 4)) <= $yearTo))))
WITH n, COUNT { (n)--() } AS degree
RETURN n.id AS id, n.label AS label, n.name AS name, n.country AS country, n.date AS date, degree
ORDER BY degree DESC, id
LIMIT $limit
