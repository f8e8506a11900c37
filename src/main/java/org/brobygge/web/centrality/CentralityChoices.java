package org.brobygge.web.centrality;

import org.brobygge.analysis.centrality.ScoreId;
import org.brobygge.web.Choice;
import org.brobygge.web.ChoiceConverter;
import org.springframework.stereotype.Component;

/**
 * The closed lists of this feature's own parameters: the ranking's order, brokerage's grouping, and
 * the score ids an export attaches (every measure and the structural-hole scores, {@link ScoreId}).
 */
@Component
class CentralityChoices extends ChoiceConverter {

  CentralityChoices() {
    super(
        Choice.lowerCase(CentralityController.Order.class, "order"),
        Choice.lowerCase(BrokerageController.GroupBy.class, "groupBy"),
        new Choice<>(ScoreId.class, "measure", ScoreId::byId, ScoreId::ids));
  }
}
