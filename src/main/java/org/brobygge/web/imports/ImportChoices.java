package org.brobygge.web.imports;

import org.brobygge.web.Choice;
import org.brobygge.web.ChoiceConverter;
import org.springframework.stereotype.Component;

/** The closed lists of the import endpoints' parameters: the import mode. */
@Component
class ImportChoices extends ChoiceConverter {

  /** How an import meets the data already there. */
  enum Mode {
    /** Add and update rows; nothing is removed (the default). */
    MERGE,
    /** As merge, and the named ecosystem's members and ties become the files' (README). */
    REPLACE
  }

  ImportChoices() {
    super(Choice.lowerCase(Mode.class, "mode"));
  }
}
