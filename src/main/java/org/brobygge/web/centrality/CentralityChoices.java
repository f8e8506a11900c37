package org.brobygge.web.centrality;

import org.brobygge.web.Choice;
import org.brobygge.web.ChoiceConverter;
import org.springframework.stereotype.Component;

/**
 * The closed lists of this feature's own parameters: the ranking's order and brokerage's grouping
 * (measures are in {@code web/CoreChoices}).
 */
@Component
class CentralityChoices extends ChoiceConverter {

  CentralityChoices() {
    super(
        Choice.lowerCase(CentralityController.Order.class, "order"),
        Choice.lowerCase(BrokerageController.GroupBy.class, "groupBy"));
  }
}
