// rebuild-marker: the mark of a rebuild that has begun and not completed, if any.
// mode: READ
// params: none
// columns: since, by
MATCH (m:KgRebuild {name: 'rebuild'})
RETURN m.since AS since, m.by AS by;
