// rebuild-mark: notes that a rebuild of the graph has begun (set before the graph's facts are
// cleared, removed once every article is written again): a rebuild cut short (kill -9, an
// outage) leaves it, and health reports it until a rebuild completes.
// The node carries no :Node label and is no part of the graph's answers or counts.
// mode: WRITE
// params: $since :: STRING, $by :: STRING
// columns: none
MERGE (m:KgRebuild {name: 'rebuild'})
SET m.since = $since, m.by = $by;
