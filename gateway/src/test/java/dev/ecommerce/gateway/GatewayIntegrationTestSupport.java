package dev.ecommerce.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running gateway, on a random port, in front of the {@link Upstreams}. Every test
 * class that extends this without adding settings of its own shares one application
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ecommerce.gateway.connect-timeout=2s", "ecommerce.gateway.read-timeout=2s" })
@Import(FailingRoute.class)
public abstract class GatewayIntegrationTestSupport {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void pointAtUpstreams(DynamicPropertyRegistry registry) {
		Upstreams.register(registry);
	}

	@AfterEach
	void resetUpstreams() {
		Upstreams.resetAll();
	}

	protected HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(20));
	}

	protected HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return HTTP.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected HttpResponse<String> get(String pathAndQuery) {
		return send(request(pathAndQuery).GET());
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** The response's media type, without parameters such as {@code charset}. */
	protected static MediaType mediaType(HttpResponse<String> response) {
		MediaType type = MediaType.parseMediaType(response.headers().firstValue("Content-Type").orElseThrow());
		return new MediaType(type.getType(), type.getSubtype());
	}

	/**
	 * Asserts that the response is an RFC 9457 problem detail of the given kind that
	 * gives nothing of the gateway's insides away.
	 */
	protected static JsonNode assertProblem(HttpResponse<String> response, int status, URI type) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(mediaType(response)).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json(response);
		assertThat(problem.get("type").asString()).isEqualTo(type.toString());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "at java.", "at org.", "127.0.0.1");
		return problem;
	}

}
