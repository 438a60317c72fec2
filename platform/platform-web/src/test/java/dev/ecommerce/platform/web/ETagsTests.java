package dev.ecommerce.platform.web;

import org.junit.jupiter.api.Test;

import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.platform.web.versioning.PreconditionFailedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ETagsTests {

	@Test
	void anIfMatchNamingTheCurrentVersionPasses() {
		assertThatCode(() -> ETags.checkIfMatch("\"7\"", 7)).doesNotThrowAnyException();
		assertThatCode(() -> ETags.checkIfMatch("W/\"7\"", 7)).doesNotThrowAnyException();
		assertThatCode(() -> ETags.checkIfMatch("\"6\", \"7\"", 7)).doesNotThrowAnyException();
		assertThatCode(() -> ETags.checkIfMatch("*", 7)).doesNotThrowAnyException();
		assertThatCode(() -> ETags.checkIfMatch(null, 7)).doesNotThrowAnyException();
	}

	@Test
	void anIfMatchNamingOnlyOtherVersionsFails() {
		assertThatExceptionOfType(PreconditionFailedException.class).isThrownBy(() -> ETags.checkIfMatch("\"6\"", 7));
		assertThatExceptionOfType(PreconditionFailedException.class).isThrownBy(() -> ETags.checkIfMatch("7", 7));
	}

}
