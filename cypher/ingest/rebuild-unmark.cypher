// rebuild-unmark: the rebuild completed: its mark goes.
// mode: WRITE
// params: none
// columns: none
MATCH (m:KgRebuild {name: 'rebuild'})
DELETE m;
