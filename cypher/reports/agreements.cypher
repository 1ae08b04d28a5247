// agreements: the register of agreements: the parties, the kind of document, its period, the date
// and the source articles with the sentence that states the signing.
// mode: READ
// title: Register of agreements
// params: $provinceIds :: LIST<STRING> | NULL (either party's province, or one merged into it), $country :: STRING | NULL (either party's country),
//         $document :: STRING | NULL, $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL
// columns: date, event, partyA, provinceA, countryA, partyB, provinceB, countryB, document, period, quote, articles, articleTitles, articleUrls, curation
MATCH (a:Organization)-[s:SIGNED_WITH]->(b:Organization)
OPTIONAL MATCH (a)-[:BASED_IN]->(pa:Province)
OPTIONAL MATCH (b)-[:BASED_IN]->(pb:Province)
WITH a, s, b, pa, pb
WHERE ($provinceIds IS NULL OR pa.id IN $provinceIds OR pb.id IN $provinceIds)
  AND ($country IS NULL OR a.country = $country OR b.country = $country)
  AND ($document IS NULL OR s.document = $document)
OPTIONAL MATCH (e:Event {id: s.event})
WITH a, s, b, pa, pb, e, coalesce(e.date, s.asOf) AS date
WITH a, s, b, pa, pb, e, date, CASE WHEN date =~ '[0-9]{4}.*' THEN toInteger(substring(date, 0, 4)) ELSE null END AS year
WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom)) AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
CALL (s) {
  UNWIND s.evidenceArticle AS aid
  WITH DISTINCT aid
  MATCH (art:Article {id: aid})
  WITH art ORDER BY art.id
  RETURN collect(art.id) AS articles, collect(coalesce(art.title, art.source)) AS articleTitles, collect(coalesce(art.url, '')) AS articleUrls
}
RETURN date, s.event AS event, a.name AS partyA, pa.name AS provinceA, a.country AS countryA, b.name AS partyB, pb.name AS provinceB,
       b.country AS countryB, s.document AS document, s.period AS period, s.evidenceText[0] AS quote, articles, articleTitles, articleUrls,
       s.curation AS curation
ORDER BY date, partyA, partyB, document, event
