// writer-lease-holder: who holds the writer lease now, if its time has not run out.
// mode: READ
// params: none
// columns: holder
MATCH (l:KgWriterLease {name: 'writer'})
WHERE l.holder IS NOT NULL AND l.until >= timestamp()
RETURN l.holder AS holder;
