package dev.ecommerce.devstack;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommandLineTests {

	@Test
	void upIsWhatHappensWithoutArguments() {
		CommandLine commandLine = CommandLine.parse();

		assertThat(commandLine.command()).isEqualTo(CommandLine.Command.UP);
		assertThat(commandLine.services()).isEmpty();
		assertThat(commandLine.timeout()).isEmpty();
		assertThat(commandLine.root()).isEqualTo(Path.of("").toAbsolutePath());
	}

	@Test
	void servicesTimeoutAndRootAreRead() {
		CommandLine commandLine = CommandLine.parse("up", "--services", "product, cart", "--timeout", "300", "--root",
				"/tmp/shop");

		assertThat(commandLine.services()).containsExactly("product", "cart");
		assertThat(commandLine.timeout()).hasValue(Duration.ofSeconds(300));
		assertThat(commandLine.root()).isEqualTo(Path.of("/tmp/shop"));
	}

	@Test
	void statusAndHelpAreCommands() {
		assertThat(CommandLine.parse("status").command()).isEqualTo(CommandLine.Command.STATUS);
		assertThat(CommandLine.parse("help").command()).isEqualTo(CommandLine.Command.HELP);
		assertThat(CommandLine.parse("up", "--help").command()).isEqualTo(CommandLine.Command.HELP);
	}

	@Test
	void anUnknownCommandOrOptionIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("upp"))
			.withMessage("unknown command 'upp' (see devstack help)");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("up", "--service", "x"))
			.withMessage("unknown option '--service' (see devstack help)");
	}

	@Test
	void anOptionWithoutItsValueIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("up", "--services"))
			.withMessage("--services needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("up", "--services", ","))
			.withMessage("--services needs at least one name");
	}

	@Test
	void aTimeoutMustBeAPositiveNumberOfSeconds() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("up", "--timeout", "2m"))
			.withMessage("--timeout needs a number of seconds, not '2m'");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("up", "--timeout", "0"));
	}

}
