/**
 * ADAPTER. The command line (picocli): {@code import} into the configured database, {@code
 * generate} synthetic networks and write every ecosystem's cluster {@code plans}. {@link
 * org.brobygge.cli.BrobyggeCommand} is the entry point.
 */
package org.brobygge.cli;
