/**
 * ADAPTER. The command line (picocli): {@code import} into the configured database and {@code
 * generate} synthetic networks. {@link org.brobygge.cli.BrobyggeCommand} is the entry point.
 */
package org.brobygge.cli;
