package dev.ecommerce.platform.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.problem.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageQueryTests {

	@Test
	void sortKeysMapToTheirPropertiesWithTheirDirections() {
		PageQuery query = new PageQuery(2, 10, List.of("newest,desc", "name"));

		Sort sort = query.toPageable(Map.of("newest", "createdAt", "name", "name")).getSort();

		assertThat(sort).containsExactly(Sort.Order.desc("createdAt"), Sort.Order.asc("name"));
	}

	@Test
	void aSizeOutside1To100OrANegativePageIsRefused() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new PageQuery(0, 101, List.of()));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new PageQuery(0, 0, List.of()));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new PageQuery(-1, 10, List.of()));
		assertThat(new PageQuery(0, 100, List.of()).size()).isEqualTo(100);
	}

	@Test
	void anUnknownKeyOrDirectionIsRefused() {
		Map<String, String> sortable = Map.of("name", "name");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> new PageQuery(0, 10, List.of("id")).toSort(sortable));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> new PageQuery(0, 10, List.of("name,sideways")).toSort(sortable));
	}

}
