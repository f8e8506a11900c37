/**
 * ADAPTER. File formats in. {@link org.brobygge.ingest.NativeCsvParser} reads and validates the
 * native CSV format with line numbers; {@link org.brobygge.ingest.NativeImporter} hands clean data
 * to {@code store} all or nothing. May import {@code model}, {@code store}, Commons CSV and Spring.
 */
package org.brobygge.ingest;
