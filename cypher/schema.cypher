// Brobygge schema: constraints and indexes, applied idempotently at every start-up
// (org.brobygge.store.Schema). One statement per ';'. Lines starting with // are comments.

// Ids are the keys that make imports MERGE instead of duplicate.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT ecosystem_id IF NOT EXISTS FOR (e:Ecosystem) REQUIRE e.id IS UNIQUE;

// Filters of GET /api/actors and the Cypher examples.
CREATE INDEX actor_sector IF NOT EXISTS FOR (a:Actor) ON (a.sector);
CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country);
CREATE INDEX actor_region IF NOT EXISTS FOR (a:Actor) ON (a.region);
CREATE TEXT INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);

// Bookkeeping: one node whose version every import changes, so analysis snapshots know when
// to re-read the network (org.brobygge.store.Snapshots).
CREATE CONSTRAINT database_state_id IF NOT EXISTS FOR (s:DatabaseState) REQUIRE s.id IS UNIQUE;

// Staging of large imports (org.brobygge.store.NetworkWriter): rows of an unfinished import carry
// its importId and stay invisible to readers while a :PendingImport node names that id.
CREATE CONSTRAINT pending_import_id IF NOT EXISTS FOR (p:PendingImport) REQUIRE p.id IS UNIQUE;
CREATE INDEX actor_import IF NOT EXISTS FOR (a:Actor) ON (a.importId);
CREATE INDEX ecosystem_import IF NOT EXISTS FOR (e:Ecosystem) ON (e.importId);
