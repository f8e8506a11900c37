package org.brobygge.analysis.trends;

import java.util.List;
import java.util.Map;
import org.brobygge.model.Sector;

/**
 * One ecosystem in one year: its members, the ties that began and ended, its gaps.
 *
 * @param year the year
 * @param ecosystemId the ecosystem
 * @param members members that year
 * @param membersBySector members that year by sector, every sector listed
 * @param smes members that year that are small or medium-sized enterprises ({@code sme} true)
 * @param newTiesByKind ties that began that year with a member at one end at least, by kind id
 * @param endedTiesByKind ties whose last year it was, with a member at one end, by kind id
 * @param gaps every gap that year, in definition order
 */
public record EcosystemYear(
    int year,
    String ecosystemId,
    int members,
    Map<Sector, Integer> membersBySector,
    int smes,
    Map<String, Integer> newTiesByKind,
    Map<String, Integer> endedTiesByKind,
    List<GapPoint> gaps) {

  public EcosystemYear {
    membersBySector = Map.copyOf(membersBySector);
    newTiesByKind = Map.copyOf(newTiesByKind);
    endedTiesByKind = Map.copyOf(endedTiesByKind);
    gaps = List.copyOf(gaps);
  }
}
