/**
 * PURE. Descriptive profiles of ecosystems over the snapshot ({@link
 * org.brobygge.analysis.profile.EcosystemProfile}): members by sector and role, internal and
 * boundary ties. Imports only the JDK, JGraphT, {@code model} and {@code graph}.
 */
package org.brobygge.analysis.profile;
