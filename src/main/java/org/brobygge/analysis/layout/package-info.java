/**
 * PURE. Positions for drawing a network: {@link org.brobygge.analysis.layout.ForceLayout}, a seeded
 * force-directed layout computed on the server so that the web app's map only draws. Imports only
 * the JDK and JGraphT.
 */
package org.brobygge.analysis.layout;
