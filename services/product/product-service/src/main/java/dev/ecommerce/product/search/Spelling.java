package dev.ecommerce.product.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Corrects misspelled words of a query against the lexicon of the catalog: the words of
 * active products' names and brands and of category names. A word that is not in the
 * lexicon is replaced by the most similar word that is (trigram similarity of at least
 * {@code pg_trgm.similarity_threshold}, 0.3), preferring words more products use.
 */
@Component
class Spelling {

	/** Words and the operators of web search syntax around them: quotes, {@code -}. */
	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])(-?)([\\p{L}\\p{N}]+)");

	private static final int MAX_WORDS = 10;

	private static final int MIN_LENGTH = 3;

	private final JdbcClient jdbc;

	Spelling(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The query with its misspelled words corrected.
	 * @param query a query in web search syntax
	 * @return the corrected query, or {@code null} if there was nothing to correct
	 */
	@Nullable String correct(String query) {
		List<String> words = candidates(query);
		if (words.isEmpty()) {
			return null;
		}
		Map<String, String> corrections = new HashMap<>();
		this.jdbc.sql("""
				WITH lexicon AS (
				    SELECT word, products FROM search_word WHERE products > 0
				    UNION ALL
				    SELECT DISTINCT w, 1 FROM category, regexp_split_to_table(lower(name), '[^[:alnum:]]+') AS w
				    WHERE length(w) >= 2)
				SELECT q.word, (SELECT l.word FROM lexicon l WHERE l.word % q.word
				                ORDER BY similarity(l.word, q.word) DESC, l.products DESC, l.word LIMIT 1) AS best
				FROM unnest(CAST(:words AS text[])) AS q (word)""")
			.param("words", words.toArray(String[]::new))
			.query((rs, row) -> {
				String best = rs.getString("best");
				if (best != null && !best.equals(rs.getString("word"))) {
					corrections.put(rs.getString("word"), best);
				}
				return row;
			})
			.list();
		if (corrections.isEmpty()) {
			return null;
		}
		Matcher matcher = WORD.matcher(query);
		StringBuilder corrected = new StringBuilder();
		while (matcher.find()) {
			String word = matcher.group(2).toLowerCase(Locale.ROOT);
			String replacement = matcher.group(1).isEmpty() ? corrections.get(word) : null;
			matcher.appendReplacement(corrected,
					Matcher.quoteReplacement((replacement != null) ? replacement : matcher.group()));
		}
		matcher.appendTail(corrected);
		return corrected.toString();
	}

	/**
	 * The words worth correcting: not excluded ({@code -word}), not {@code or}, not
	 * short, not numbers.
	 */
	private static List<String> candidates(String query) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(query);
		while (matcher.find() && words.size() < MAX_WORDS) {
			String word = matcher.group(2).toLowerCase(Locale.ROOT);
			boolean excluded = !matcher.group(1).isEmpty();
			if (!excluded && !word.equals("or") && word.length() >= MIN_LENGTH && !word.matches(".*\\d.*")
					&& !words.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

}
