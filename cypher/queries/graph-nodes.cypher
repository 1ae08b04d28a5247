// graph-nodes: the nodes of the explorer's view, the best connected first, up to a limit.
// Events outside the year range are left out (those without a year too, unless $undated); nodes of
// another country are left out.
// mode: READ
// params: $labels :: LIST<STRING>, $country :: STRING | NULL, $ids :: LIST<STRING> | NULL,
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL, $undated :: BOOLEAN, $limit :: INTEGER
// columns: id, label, name, country, date, degree
MATCH (n:Node)
WHERE n.label IN $labels
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($country IS NULL OR n.country IS NULL OR n.country = $country)
  AND (n.label <> 'Event' OR ($undated AND NOT coalesce(n.date, '') =~ '[0-9]{4}.*') OR (
        ($yearFrom IS NULL OR (n.date =~ '[0-9]{4}.*' AND toInteger(substring(n.date, 0, 4)) >= $yearFrom))
    AND ($yearTo IS NULL OR (n.date =~ '[0-9]{4}.*' AND toInteger(substring(n.date, 0, 4)) <= $yearTo))))
WITH n, COUNT { (n)--() } AS degree
RETURN n.id AS id, n.label AS label, n.name AS name, n.country AS country, n.date AS date, degree
ORDER BY degree DESC, id
LIMIT $limit
