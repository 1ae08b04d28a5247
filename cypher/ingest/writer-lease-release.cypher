// writer-lease-release: gives the writer lease back, when this process holds it.
// mode: WRITE
// params: $me :: STRING
// columns: none
MATCH (l:KgWriterLease {name: 'writer'})
WHERE l.holder = $me
SET l.holder = null, l.until = null, l.since = null;
