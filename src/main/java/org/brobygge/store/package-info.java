/**
 * ADAPTER. The only package that imports {@code org.neo4j.driver}: the embedded server ({@link
 * org.brobygge.store.EmbeddedNeo4j}), the schema, batched idempotent writes ({@link
 * org.brobygge.store.NetworkWriter}), the analysis snapshot ({@link org.brobygge.store.Snapshots})
 * and the queries behind the API ({@link org.brobygge.store.NetworkQueries}).
 */
package org.brobygge.store;
