package dev.ecommerce.product.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Products extends JpaRepository<Product, UUID>, JpaSpecificationExecutor<Product> {

	@Query("select v.sku from Product p join p.variants v where v.sku in :skus and p.id <> :productId")
	List<String> skusOfOtherProducts(Collection<String> skus, UUID productId);

	@Query("select v.sku from Product p join p.variants v where v.sku in :skus")
	List<String> skusTaken(Collection<String> skus);

}
