package dev.ecommerce.product.category;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Categories extends JpaRepository<Category, UUID> {

	boolean existsBySlug(String slug);

	Optional<Category> findBySlug(String slug);

	boolean existsByParentId(UUID parentId);

}
