package dev.ecommerce.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamFailureTests {

	@Test
	void aRefusedConnectionMeansTheServiceIsUnavailable() {
		assertThat(UpstreamFailure.of(failed(new ConnectException("Connection refused"))))
			.isEqualTo(UpstreamFailure.UNAVAILABLE);
	}

	@Test
	void anUnknownHostMeansTheServiceIsUnavailable() {
		assertThat(UpstreamFailure.of(failed(new UnknownHostException("product"))))
			.isEqualTo(UpstreamFailure.UNAVAILABLE);
	}

	@Test
	void aConnectTimeoutMeansTheServiceIsUnavailableNotSlow() {
		assertThat(UpstreamFailure.of(failed(new HttpConnectTimeoutException("HTTP connect timed out"))))
			.isEqualTo(UpstreamFailure.UNAVAILABLE);
	}

	@Test
	void noAnswerInTimeMeansTheServiceIsSlow() {
		assertThat(UpstreamFailure.of(failed(new HttpTimeoutException("request timed out"))))
			.isEqualTo(UpstreamFailure.TIMEOUT);
		assertThat(UpstreamFailure.of(failed(new SocketTimeoutException("Read timed out"))))
			.isEqualTo(UpstreamFailure.TIMEOUT);
	}

	@Test
	void aConnectionLostOtherwiseMeansTheServiceIsUnavailable() {
		assertThat(UpstreamFailure.of(failed(new IOException("Connection reset"))))
			.isEqualTo(UpstreamFailure.UNAVAILABLE);
	}

	@Test
	void onlyFailuresToTalkToTheServiceAreUpstreamFailures() {
		assertThat(UpstreamFailure.isUpstreamFailure(failed(new ConnectException()))).isTrue();
		assertThat(UpstreamFailure.isUpstreamFailure(new IllegalStateException("a bug"))).isFalse();
	}

	private static ResourceAccessException failed(IOException cause) {
		return new ResourceAccessException("I/O error on GET request", cause);
	}

}
