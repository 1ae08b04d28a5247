// activity: events by year and province: how many events organisations of the province took part
// in or hosted, and how many of them had a signing. Events without a year count under null.
// mode: READ
// title: Activity by year and province
// params: $provinceId :: STRING | NULL, $country :: STRING | NULL
// columns: year, province, country, events, signings
MATCH (p:Province)<-[:BASED_IN]-(o:Organization)-[:PARTICIPATED_IN|HOSTED]->(e:Event)
WHERE ($provinceId IS NULL OR p.id = $provinceId) AND ($country IS NULL OR p.country = $country)
WITH DISTINCT p, e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WITH p, e, year, EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(:Organization)-[s:SIGNED_WITH]-(:Organization) WHERE s.event = e.id } AS signed
RETURN year, p.name AS province, p.country AS country, count(e) AS events, sum(CASE WHEN signed THEN 1 ELSE 0 END) AS signings
ORDER BY year, province
