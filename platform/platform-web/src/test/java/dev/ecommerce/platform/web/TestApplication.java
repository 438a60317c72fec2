package dev.ecommerce.platform.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.versioning.ETags;

/**
 * A small service with one endpoint per behaviour of the platform under test.
 */
@SpringBootApplication
public class TestApplication {

	public record ThingRequest(@NotBlank @Size(max = 20) String name, @Positive @Max(1000) int quantity) {

	}

	public record ThingResponse(UUID id, String name, int quantity, @Nullable String owner) {

	}

	@RestController
	static class AdminThings {

		@GetMapping("/admin/things")
		@PreAuthorize("hasRole('ADMIN')")
		String adminOnly() {
			return "secret";
		}

	}

	@RestController
	static class Things {

		final AtomicInteger created = new AtomicInteger();

		volatile CountDownLatch slowGate = new CountDownLatch(0);

		volatile CountDownLatch slowEntered = new CountDownLatch(1);

		@PostMapping(path = { "/things", "/things/required" }, consumes = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<ThingResponse> create(@Valid @RequestBody ThingRequest request,
				@AuthenticationPrincipal Jwt jwt) {
			this.created.incrementAndGet();
			ThingResponse thing = new ThingResponse(UUID.randomUUID(), request.name(), request.quantity(),
					jwt.getSubject());
			return ResponseEntity.created(URI.create("/things/" + thing.id())).eTag(ETags.of(0)).body(thing);
		}

		@PostMapping("/things/slow")
		ResponseEntity<String> slow() throws InterruptedException {
			this.created.incrementAndGet();
			this.slowEntered.countDown();
			this.slowGate.await(10, TimeUnit.SECONDS);
			return ResponseEntity.ok("{\"done\":true}");
		}

		@PostMapping("/things/failing")
		ResponseEntity<String> failing() {
			this.created.incrementAndGet();
			throw new IllegalStateException("database password is hunter2");
		}

		@PostMapping("/things/conflicting")
		ResponseEntity<String> conflicting() {
			this.created.incrementAndGet();
			throw new ConflictException("Out of stock");
		}

		@GetMapping("/things/unavailable")
		void unavailable(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
			response.sendError(503);
		}

		@GetMapping(path = "/things/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<ThingResponse> get(@PathVariable UUID id) {
			return ResponseEntity.ok().eTag(ETags.of(3)).body(new ThingResponse(id, "thing", 1, null));
		}

		@PutMapping("/things/{id}")
		ResponseEntity<ThingResponse> update(@PathVariable UUID id,
				@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
				@Valid @RequestBody ThingRequest request) {
			ETags.checkIfMatch(ifMatch, 3);
			return ResponseEntity.ok()
				.eTag(ETags.of(4))
				.body(new ThingResponse(id, request.name(), request.quantity(), null));
		}

		@PostMapping("/things/pool-exhausted")
		ResponseEntity<String> poolExhausted() {
			this.created.incrementAndGet();
			throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new java.sql.SQLTransientConnectionException("Connection is not available, request timed out"));
		}

		@PutMapping("/things/{id}/deadlocked")
		void deadlocked(@PathVariable UUID id) {
			throw new org.springframework.dao.CannotAcquireLockException("deadlock detected");
		}

		@PutMapping("/things/{id}/racing")
		void racing(@PathVariable UUID id) {
			throw new OptimisticLockingFailureException("row was updated by another transaction");
		}

		@GetMapping("/things")
		PageResponse<String> list(PageQuery query, @RequestParam(required = false) @Nullable Integer minQuantity) {
			List<String> all = List.of("a", "b", "c", "d", "e");
			query.toSort(java.util.Map.of("name", "name"));
			int from = Math.min(query.page() * query.size(), all.size());
			int to = Math.min(from + query.size(), all.size());
			return PageResponse.of(all.subList(from, to), query, all.size());
		}

		@GetMapping("/public/hello")
		String hello() {
			return "hello";
		}

	}

}
