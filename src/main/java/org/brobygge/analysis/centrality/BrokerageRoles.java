package org.brobygge.analysis.centrality;

/**
 * How often an actor brokers in each of Gould and Fernandez's five roles: the number of ordered
 * two-paths {@code a -> b -> c} through it (with {@code a} and {@code c} not tied) of each group
 * pattern. See {@link Brokerage}.
 *
 * @param coordinator {@code a}, {@code b} and {@code c} in one group
 * @param itinerant {@code a} and {@code c} in one group, the broker {@code b} in another (also
 *     called consultant)
 * @param gatekeeper {@code b} and {@code c} in one group, {@code a} outside it: the broker lets an
 *     outsider in
 * @param representative {@code a} and {@code b} in one group, {@code c} outside it: the broker
 *     speaks for its group to an outsider
 * @param liaison {@code a}, {@code b} and {@code c} in three different groups
 */
public record BrokerageRoles(
    long coordinator, long itinerant, long gatekeeper, long representative, long liaison) {

  /** No brokerage at all. */
  public static final BrokerageRoles NONE = new BrokerageRoles(0, 0, 0, 0, 0);

  /** All brokered two-paths, whatever the role. */
  public long total() {
    return coordinator + itinerant + gatekeeper + representative + liaison;
  }

  /** Role by role sum. */
  public BrokerageRoles plus(BrokerageRoles other) {
    return new BrokerageRoles(
        coordinator + other.coordinator,
        itinerant + other.itinerant,
        gatekeeper + other.gatekeeper,
        representative + other.representative,
        liaison + other.liaison);
  }
}
