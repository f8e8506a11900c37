/**
 * The application's entry point, {@link org.brobygge.BrobyggeApplication}: starts the web app and
 * API on an embedded (or external) Neo4j, or runs a command-line command ({@code import}, {@code
 * generate}, {@code plans}) when the first argument names one. The layers below it are described in
 * ARCHITECTURE.md.
 */
package org.brobygge;
