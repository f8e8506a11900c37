package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The jar runs a command for every subcommand's name, and the API for anything else. */
class CommandNamesTest {

  @Test
  void everySubcommandIsACommand() {
    for (String name :
        new String[] {"import", "import-cordis", "generate", "plans", "evaluate", "help", "-h"}) {
      assertThat(BrobyggeCommand.isCommand(new String[] {name})).as(name).isTrue();
    }
  }

  @Test
  void theOptionsTheUsageAllowsBeforeTheCommandStillMakeItACommand() {
    // "brobygge [-hV] [--verbose] [--data=DIR] [COMMAND]": these once started the web app
    assertThat(BrobyggeCommand.isCommand(new String[] {"--verbose", "generate"})).isTrue();
    assertThat(BrobyggeCommand.isCommand(new String[] {"--data=/tmp/db", "plans"})).isTrue();
    assertThat(BrobyggeCommand.isCommand(new String[] {"--data", "/tmp/db", "--verbose", "plans"}))
        .isTrue();
    assertThat(BrobyggeCommand.isCommand(new String[] {"--verbose"})).isFalse();
    assertThat(BrobyggeCommand.isCommand(new String[] {"--data", "plans"})).isFalse();
  }

  @Test
  void serverArgumentsStartTheApi() {
    assertThat(BrobyggeCommand.isCommand(new String[] {"--server.port=9090"})).isFalse();
    assertThat(BrobyggeCommand.isCommand(new String[0])).isFalse();
  }
}
