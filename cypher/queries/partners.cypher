// partners: whom a province or an organisation signed with, with dates, documents and sources.
// mode: READ
// params: $provinceIds :: LIST<STRING> | NULL (a province and those merged into it), $organization :: STRING | NULL, $organizationKey :: STRING | NULL,
//         $country :: STRING | NULL (partner's country), $document :: STRING | NULL,
//         $yearFrom :: INTEGER | NULL, $yearTo :: INTEGER | NULL
// columns: organization, organizationId, partner, partnerId, partnerProvince, partnerCountry,
//          document, period, date, event, quotes, articles
MATCH (o:Organization)-[s:SIGNED_WITH]-(p:Organization)
WHERE ($provinceIds IS NULL OR EXISTS { MATCH (o)-[:BASED_IN]->(bp:Province) WHERE bp.id IN $provinceIds })
  AND ($organization IS NULL OR o.id = $organization OR o.nameKey = $organizationKey)
  AND ($country IS NULL OR p.country = $country)
  AND ($document IS NULL OR s.document = $document)
OPTIONAL MATCH (p)-[:BASED_IN]->(pp:Province)
OPTIONAL MATCH (e:Event {id: s.event})
WITH o, s, p, pp, e, CASE WHEN e.date =~ '[0-9]{4}.*' THEN toInteger(substring(e.date, 0, 4)) ELSE null END AS year
WHERE ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom))
  AND ($yearTo IS NULL OR (year IS NOT NULL AND year <= $yearTo))
RETURN o.name AS organization, o.id AS organizationId, p.name AS partner, p.id AS partnerId,
       pp.name AS partnerProvince, p.country AS partnerCountry, s.document AS document, s.period AS period,
       e.date AS date, s.event AS event, s.evidenceText AS quotes, s.evidenceArticle AS articles
ORDER BY date, partner, organization, document, event, partnerId, organizationId
