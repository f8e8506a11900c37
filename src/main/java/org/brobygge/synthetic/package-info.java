/**
 * PURE. {@link org.brobygge.synthetic.SyntheticNetworkGenerator} makes seeded synthetic innovation
 * networks with the seven gaps deliberately planted: the illustrative Norrbotten-Lapland sample in
 * {@code data/sample} and large networks of the same structure for benchmarks. Every name in them
 * is invented. Imports only the JDK and {@code model}.
 */
package org.brobygge.synthetic;
