package dev.ecommerce.platform.web.paging;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import dev.ecommerce.platform.web.problem.InvalidRequestException;

/**
 * Reads a {@link PageQuery} from {@code page}, {@code size} and {@code sort} parameters.
 */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageQuery.class.equals(parameter.getParameterType());
	}

	@Override
	public PageQuery resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		int page = number(request.getParameter("page"), "page", 0);
		int size = number(request.getParameter("size"), "size", PageQuery.DEFAULT_SIZE);
		String[] sorts = request.getParameterValues("sort");
		List<String> sort = new ArrayList<>();
		if (sorts != null) {
			for (String value : sorts) {
				if (!value.isBlank()) {
					sort.add(value);
				}
			}
		}
		return new PageQuery(page, size, sort);
	}

	private static int number(@Nullable String value, String name, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(name, "must be a whole number");
		}
	}

}
