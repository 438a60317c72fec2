package dev.ecommerce.product.category;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.product.api.CategoryRequest;
import dev.ecommerce.product.api.CategoryResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/categories")
class CategoryController {

	private final CategoryTree tree;

	CategoryController(CategoryTree tree) {
		this.tree = tree;
	}

	@GetMapping
	List<CategoryResponse> roots() {
		return this.tree.roots();
	}

	@GetMapping("/{id}")
	ResponseEntity<CategoryResponse> get(@PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), this.tree.get(id));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<CategoryResponse> create(@Valid @RequestBody CategoryRequest request) {
		CategoryResponse created = this.tree.create(request);
		return withETag(ResponseEntity.created(URI.create("/categories/" + created.id())), created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<CategoryResponse> update(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return withETag(ResponseEntity.ok(), this.tree.update(id, request, ifMatch));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.tree.delete(id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<CategoryResponse> withETag(ResponseEntity.BodyBuilder response,
			CategoryResponse category) {
		return response.eTag(ETags.of(category.version())).body(category);
	}

}
