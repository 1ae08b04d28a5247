// activity: events by year and province: how many events organisations of the province took part
// in or hosted, and how many of them had a signing. Events without a year count under null.
// mode: READ
// title: Activity by year and province
// params: $provinceIds :: LIST<STRING> | NULL (a province and those merged into it), $country :: STRING | NULL
// columns: year, province, country, events, signings
// An event "had a signing" when an organisation that took part in it signed something with the
// signing's event set to it; signings are found by their event (index signed_with_event), not by
// walking every signing of busy organisations.
MATCH (p:Province)<-[:BASED_IN]-(o:Organization)-[:PARTICIPATED_IN|HOSTED]->(e:Event)
WHERE ($provinceIds IS NULL OR p.id IN $provinceIds) AND ($country IS NULL OR p.country = $country)
WITH DISTINCT p, e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WITH p, e, year, EXISTS {
  MATCH (signer:Organization)-[s:SIGNED_WITH]-(:Organization)
  WHERE s.event = e.id AND (signer)-[:PARTICIPATED_IN]->(e)
} AS signed
RETURN year, p.name AS province, p.country AS country, count(e) AS events, sum(CASE WHEN signed THEN 1 ELSE 0 END) AS signings
ORDER BY year, province
