package dev.ecommerce.product.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes what a shopper is typing: for a single word, first the words of the catalog
 * that it begins, most used first; then names of active products that have every typed
 * word (the last one as a prefix), shortest first.
 */
@Component
class Suggestions {

	static final int MAX = 10;

	static final int MAX_TEXT = 100;

	private static final int MAX_WORD_COMPLETIONS = 5;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final JdbcClient jdbc;

	Suggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<String> complete(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return List.of();
		}
		Map<String, String> suggestions = new LinkedHashMap<>();
		if (words.size() == 1) {
			for (String word : completions(words.get(0))) {
				suggestions.putIfAbsent(word, word);
			}
		}
		for (String name : names(words)) {
			if (suggestions.size() >= MAX) {
				break;
			}
			suggestions.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
		}
		return List.copyOf(suggestions.values()).subList(0, Math.min(MAX, suggestions.size()));
	}

	private List<String> completions(String prefix) {
		return this.jdbc.sql("""
				SELECT word FROM search_word
				WHERE products > 0 AND word LIKE :prefix ESCAPE '\\'
				ORDER BY products DESC, word LIMIT :limit""")
			.param("prefix", escapeLike(prefix) + "%")
			.param("limit", MAX_WORD_COMPLETIONS)
			.query(String.class)
			.list();
	}

	private List<String> names(List<String> words) {
		List<String> terms = new ArrayList<>(words);
		// every word as typed, the last one as a prefix
		terms.set(terms.size() - 1, terms.get(terms.size() - 1) + ":*");
		return this.jdbc.sql("""
				SELECT name FROM product
				WHERE status = 'ACTIVE' AND name_words @@ to_tsquery('simple', :query)
				ORDER BY length(name), name LIMIT :limit""")
			.param("query", String.join(" & ", terms))
			.param("limit", MAX)
			.query(String.class)
			.list();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find() && words.size() < 10) {
			words.add(matcher.group());
		}
		return words;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
