// matrix: the cooperation matrix, Vietnamese province × foreign province, with the number of
// signings (SIGNED_WITH between their organisations) and of visits (events in which
// organisations of both took part and one side hosted).
// mode: READ
// title: Cooperation matrix
// params: $country :: STRING | NULL (foreign country), $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL
// columns: vnProvince, foreignProvince, foreignCountry, signings, visits
CALL () {
  MATCH (vp:Province {country: 'VN'})<-[:BASED_IN]-(:Organization)-[s:SIGNED_WITH]-(:Organization)-[:BASED_IN]->(fp:Province)
  WHERE fp.country <> 'VN' AND ($country IS NULL OR fp.country = $country)
  OPTIONAL MATCH (e:Event {id: s.event})
  WITH vp, fp, s, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
  WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom)) AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
  RETURN vp, fp, count(s) AS signings, 0 AS visits
  UNION ALL
  MATCH (vp:Province {country: 'VN'})<-[:BASED_IN]-(:Organization)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(:Organization)-[:BASED_IN]->(fp:Province)
  WHERE fp.country <> 'VN' AND ($country IS NULL OR fp.country = $country) AND EXISTS { MATCH (e)<-[:HOSTED]-() }
  WITH DISTINCT vp, fp, e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
  WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom)) AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
  RETURN vp, fp, 0 AS signings, count(e) AS visits
}
WITH vp, fp, sum(signings) AS signings, sum(visits) AS visits
RETURN vp.name AS vnProvince, fp.name AS foreignProvince, fp.country AS foreignCountry, signings, visits
ORDER BY vnProvince, foreignCountry, foreignProvince
