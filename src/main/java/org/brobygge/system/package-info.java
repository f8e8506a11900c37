/**
 * Wiring: {@code @Configuration}, {@code @ConfigurationProperties} records and start-up tasks.
 * Nothing imports it.
 */
package org.brobygge.system;
