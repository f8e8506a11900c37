/**
 * PURE. The vocabulary of the domain as immutable records and enums: {@link
 * org.brobygge.model.Actor}, {@link org.brobygge.model.Ecosystem}, {@link org.brobygge.model.Tie},
 * {@link org.brobygge.model.Sector}, {@link org.brobygge.model.Role}, {@link
 * org.brobygge.model.TieKind}. Imports only the JDK.
 */
package org.brobygge.model;
