package dev.ecommerce.devstack.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunDirectoryTests {

	@TempDir
	Path directory;

	@Test
	void thePidOfALiveProcessIsReadBack() {
		RunDirectory run = new RunDirectory(this.directory);
		long self = ProcessHandle.current().pid();

		run.writePid("kafka", self);

		assertThat(run.livePid("kafka")).hasValue(self);
		assertThat(this.directory.resolve("pids/kafka.pid")).hasContent(Long.toString(self));
	}

	@Test
	void aPidFileOfAProcessThatIsGoneCountsForNothing() {
		RunDirectory run = new RunDirectory(this.directory);

		run.writePid("product", Long.MAX_VALUE);

		assertThat(run.livePid("product")).isEmpty();
		assertThat(run.livePid("never-started")).isEmpty();
	}

	@Test
	void aRemovedPidIsNoLongerThere() {
		RunDirectory run = new RunDirectory(this.directory);
		run.writePid("product", ProcessHandle.current().pid());

		run.removePid("product");

		assertThat(run.livePid("product")).isEmpty();
	}

	@Test
	void aServiceRunsFromACopyOfItsJarThatIsGoneAfterwards() throws java.io.IOException {
		RunDirectory run = new RunDirectory(this.directory);
		Path built = java.nio.file.Files.writeString(this.directory.resolve("product-service-1.jar"), "jar");

		Path copy = run.copyJar("product", built);

		assertThat(copy).isEqualTo(this.directory.resolve("jars/product.jar")).hasContent("jar");
		run.removeJar("product");
		assertThat(copy).doesNotExist();
	}

	@Test
	void theStateAndDevstacksOwnPidAreKept() {
		RunDirectory run = new RunDirectory(this.directory);

		run.writeState("ready");
		run.writeOwnPid(ProcessHandle.current().pid());

		assertThat(run.state()).hasValue("ready");
		assertThat(run.liveDevstackPid()).hasValue(ProcessHandle.current().pid());
		assertThat(this.directory.resolve("devstack.pid")).exists();
	}

}
