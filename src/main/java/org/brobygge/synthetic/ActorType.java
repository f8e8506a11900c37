package org.brobygge.synthetic;

import java.util.EnumSet;
import java.util.Set;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;

/**
 * The kinds of organisation the generator makes, each with its quadruple-helix sector, its roles, a
 * typical head count and how readily it joins more than one ecosystem.
 */
enum ActorType {
  FIRM(Sector.BUSINESS, EnumSet.of(Role.FIRM), 1, 249, 0.10, 0.64),
  LOCOMOTIVE(Sector.BUSINESS, EnumSet.of(Role.FIRM), 250, 4000, 0.30, 0),
  UNIVERSITY(Sector.ACADEMIA, EnumSet.of(Role.RESEARCH, Role.EDUCATION), 1500, 4500, 0.90, 0),
  RESEARCH_INSTITUTE(Sector.ACADEMIA, EnumSet.of(Role.RESEARCH), 10, 300, 0.35, 0.04),
  VOCATIONAL_SCHOOL(Sector.ACADEMIA, EnumSet.of(Role.EDUCATION), 20, 250, 0.30, 0.05),
  REGIONAL_FUND(Sector.PUBLIC, EnumSet.of(Role.CAPITAL), 3, 40, 0.50, 0.02),
  INVESTOR(Sector.BUSINESS, EnumSet.of(Role.CAPITAL), 2, 400, 0.30, 0.04),
  AGENCY(Sector.PUBLIC, EnumSet.of(Role.AUTHORITY), 10, 900, 0.35, 0.10),
  CLUSTER_ORGANISATION(Sector.CIVIL_SOCIETY, EnumSet.of(Role.INTERMEDIARY), 2, 15, 0, 0),
  SCIENCE_PARK(Sector.PUBLIC, EnumSet.of(Role.INTERMEDIARY), 5, 60, 0.40, 0.02),
  ASSOCIATION(Sector.CIVIL_SOCIETY, EnumSet.noneOf(Role.class), 0, 12, 0.20, 0.09);

  final Sector sector;
  final Set<Role> roles;
  final int minSize;
  final int maxSize;

  /** Probability of each further membership in an ecosystem of the same region. */
  final double extraMembership;

  /** Relative share among the home actors that are drawn at random (the rest are fixed). */
  final double share;

  ActorType(
      Sector sector,
      Set<Role> roles,
      int minSize,
      int maxSize,
      double extraMembership,
      double share) {
    this.sector = sector;
    this.roles = roles;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.extraMembership = extraMembership;
    this.share = share;
  }

  int roleMask() {
    int mask = 0;
    for (Role role : roles) {
      mask |= role.bit();
    }
    return mask;
  }

  boolean isFirm() {
    return roles.contains(Role.FIRM);
  }
}
