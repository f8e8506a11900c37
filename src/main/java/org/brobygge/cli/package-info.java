/**
 * ADAPTER. The command line (picocli): {@code import} and {@code import-cordis} into the configured
 * database, {@code generate} synthetic networks, write every ecosystem's cluster {@code plans} and
 * {@code evaluate}, {@code help}. {@link org.brobygge.cli.BrobyggeCommand} is the entry point and
 * holds what every command shares (how it starts Spring, its options, its errors).
 */
package org.brobygge.cli;
