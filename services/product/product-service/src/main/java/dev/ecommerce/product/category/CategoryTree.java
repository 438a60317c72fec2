package dev.ecommerce.product.category;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.product.api.CategoryRequest;
import dev.ecommerce.product.api.CategoryResponse;
import dev.ecommerce.product.search.SearchIndex;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree: reading it, and the changes admins make to it.
 */
@Service
public class CategoryTree {

	private static final Comparator<CategoryResponse> BY_NAME = Comparator.comparing(CategoryResponse::name)
		.thenComparing(CategoryResponse::slug);

	private final Categories categories;

	private final SearchIndex searchIndex;

	private final JdbcClient jdbc;

	private final Clock clock;

	CategoryTree(Categories categories, SearchIndex searchIndex, JdbcClient jdbc, Clock clock) {
		this.categories = categories;
		this.searchIndex = searchIndex;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether a category exists.
	 * @param id the category's id
	 * @return whether it exists
	 */
	@Transactional(readOnly = true)
	public boolean exists(UUID id) {
		return this.categories.existsById(id);
	}

	/**
	 * Finds a category by its slug.
	 * @param slug the slug
	 * @return the category's id, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> idOf(String slug) {
		return this.categories.findBySlug(slug).map(Category::id);
	}

	@Transactional(readOnly = true)
	public List<CategoryResponse> roots() {
		return childrenOf(null, childrenByParent());
	}

	@Transactional(readOnly = true)
	public CategoryResponse get(UUID id) {
		Category category = find(id);
		return response(category, childrenByParent());
	}

	@Transactional
	public CategoryResponse create(CategoryRequest request) {
		checkParent(null, request.parentId());
		String slug = slugFor(request, null);
		Category category = this.categories
			.saveAndFlush(new Category(request.name().strip(), slug, request.parentId(), this.clock.instant()));
		return response(category, Map.of());
	}

	@Transactional
	public CategoryResponse update(UUID id, CategoryRequest request, @Nullable String ifMatch) {
		Category category = find(id);
		ETags.checkIfMatch(ifMatch, category.version());
		checkParent(id, request.parentId());
		String slug = slugFor(request, category);
		if (category.change(request.name().strip(), slug, request.parentId(), this.clock.instant())) {
			this.categories.flush();
			this.searchIndex.refreshCategories(subtreeOf(id));
		}
		this.categories.flush();
		return response(category, childrenByParent());
	}

	@Transactional
	public void delete(UUID id) {
		Category category = find(id);
		if (this.categories.existsByParentId(id)) {
			throw new ConflictException(ProblemTypes.of("category-in-use"), "Category in use",
					"The category has sub-categories; move or delete them first.");
		}
		boolean listed = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM product WHERE category_id = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
		if (listed) {
			throw new ConflictException(ProblemTypes.of("category-in-use"), "Category in use",
					"Products are listed in the category; move them to another category first.");
		}
		this.categories.delete(category);
	}

	private Category find(UUID id) {
		return this.categories.findById(id).orElseThrow(() -> new NotFoundException("No category " + id + "."));
	}

	private void checkParent(@Nullable UUID id, @Nullable UUID parentId) {
		if (parentId == null) {
			return;
		}
		Map<UUID, @Nullable UUID> parents = new HashMap<>();
		this.categories.findAll().forEach((category) -> parents.put(category.id(), category.parentId()));
		if (!parents.containsKey(parentId)) {
			throw new InvalidRequestException("parentId", "is not a known category");
		}
		Set<UUID> seen = new HashSet<>();
		for (UUID ancestor = parentId; ancestor != null && seen.add(ancestor); ancestor = parents.get(ancestor)) {
			if (ancestor.equals(id)) {
				throw new InvalidRequestException("parentId",
						"cannot be the category itself or one of its sub-categories");
			}
		}
	}

	private String slugFor(CategoryRequest request, @Nullable Category current) {
		if (request.slug() != null) {
			boolean unchanged = current != null && current.slug().equals(request.slug());
			if (!unchanged && this.categories.existsBySlug(request.slug())) {
				throw new ConflictException(ProblemTypes.of("duplicate-slug"), "Duplicate slug",
						"Another category already has the slug '" + request.slug() + "'.");
			}
			return request.slug();
		}
		String base = Slugs.of(request.name());
		if (current != null && current.slug().equals(base)) {
			return base;
		}
		String slug = base;
		for (int n = 2; this.categories.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private List<UUID> subtreeOf(UUID id) {
		Map<@Nullable UUID, List<Category>> children = childrenByParent();
		List<UUID> subtree = new ArrayList<>();
		List<UUID> todo = new ArrayList<>(List.of(id));
		while (!todo.isEmpty()) {
			UUID next = todo.remove(todo.size() - 1);
			subtree.add(next);
			children.getOrDefault(next, List.of()).forEach((child) -> todo.add(child.id()));
		}
		return subtree;
	}

	private Map<@Nullable UUID, List<Category>> childrenByParent() {
		Map<@Nullable UUID, List<Category>> children = new HashMap<>();
		for (Category category : this.categories.findAll()) {
			children.computeIfAbsent(category.parentId(), (parent) -> new ArrayList<>()).add(category);
		}
		return children;
	}

	private List<CategoryResponse> childrenOf(@Nullable UUID parentId, Map<@Nullable UUID, List<Category>> children) {
		return children.getOrDefault(parentId, List.of())
			.stream()
			.map((child) -> response(child, children))
			.sorted(BY_NAME)
			.toList();
	}

	private CategoryResponse response(Category category, Map<@Nullable UUID, List<Category>> children) {
		return new CategoryResponse(category.id(), category.name(), category.slug(), category.parentId(),
				childrenOf(category.id(), children), category.version());
	}

}
