package dev.ecommerce.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;

/**
 * The signing key of a test run, published over HTTP as the user service publishes its
 * keys, so that services under test validate tokens exactly as in production: by fetching
 * the JWKS from a URI.
 */
public final class TestJwks {

	private static TestJwks instance;

	private final RSAKey key;

	private final String uri;

	private TestJwks(RSAKey key, String uri) {
		this.key = key;
		this.uri = uri;
	}

	public static synchronized TestJwks get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	/** The URI of the JSON Web Key Set holding the public key. */
	public String uri() {
		return this.uri;
	}

	public String keyId() {
		return this.key.getKeyID();
	}

	/** The public key as a JWK, for tests that forge tokens with it. */
	public RSAKey publicKey() {
		return this.key.toPublicJWK();
	}

	RSAPrivateKey privateKey() {
		try {
			return this.key.toRSAPrivateKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TestJwks start() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.generate();
			byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			String uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
			return new TestJwks(key, uri);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate the test signing key", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not publish the test signing key", ex);
		}
	}

}
