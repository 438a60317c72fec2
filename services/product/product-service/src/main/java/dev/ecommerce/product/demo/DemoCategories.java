package dev.ecommerce.product.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.ecommerce.product.api.CategoryRequest;
import dev.ecommerce.product.category.CategoryTree;
import org.jspecify.annotations.Nullable;

/**
 * The demo catalog's category tree, and the simple rules that put a product in it by the
 * words of its name: the first rule whose word the name has wins, so a Christmas candle
 * is in Christmas.
 */
final class DemoCategories {

	/** slug, name, parent slug. */
	private static final List<List<String>> TREE = List.of(List.of("christmas", "Christmas", ""),
			List.of("home-garden", "Home & Garden", ""), List.of("candles-lights", "Candles & Lights", "home-garden"),
			List.of("candles", "Candles", "candles-lights"), List.of("lights", "Lights", "candles-lights"),
			List.of("decorations", "Decorations", "home-garden"), List.of("garden", "Garden", "home-garden"),
			List.of("kitchen-dining", "Kitchen & Dining", ""), List.of("mugs", "Mugs & Cups", "kitchen-dining"),
			List.of("kitchenware", "Kitchenware", "kitchen-dining"), List.of("bags", "Bags", ""),
			List.of("cards", "Cards & Wrap", ""), List.of("stationery", "Stationery", ""),
			List.of("toys", "Toys & Games", ""), List.of("party", "Party", ""),
			List.of("jewellery", "Jewellery & Accessories", ""), List.of("other", "Other", ""));

	private static final Map<String, Pattern> RULES = new LinkedHashMap<>();

	static {
		rule("christmas", "CHRISTMAS|XMAS|ADVENT|SANTA|REINDEER|SNOWMAN|SNOWFLAKE|NOEL|BAUBLE|TINSEL|NATIVITY");
		rule("candles", "CANDLE|T-LIGHT|TEALIGHT|TEA LIGHT|NIGHTLIGHT|WAX");
		rule("lights", "LIGHTS?|LANTERN|LAMP|CHANDELIER|LAMPSHADE");
		rule("mugs", "MUG|CUP|BEAKER|TEACUP|CUPS");
		rule("bags", "BAG|SHOPPER|TOTE|PURSE|RUCKSACK|HOLDALL|BACKPACK");
		rule("kitchenware", "PLATE|BOWL|JUG|TEAPOT|TEA TOWEL|CAKE|BAKING|LUNCH BOX|TIN|CUTLERY|APRON|JAR|SPOON|"
				+ "TRAY|COASTER|NAPKIN|CAKESTAND|CAKE STAND|OVEN GLOVE|CHOPPING BOARD|EGG CUP|BOTTLE");
		rule("cards", "CARD|WRAP|GIFT TAG|ENVELOPE|GREETING|WRAPPING");
		rule("stationery", "NOTEBOOK|PEN|PENCIL|STICKER|ERASER|RUBBER|DIARY|JOURNAL|TAPE|CALENDAR|BOOKMARK|NOTEPAD|"
				+ "NOTE BOOK|RULER|CRAYON");
		rule("party", "PARTY|BUNTING|BIRTHDAY|CONFETTI|BALLOON|PLACE SETTING|STRAW|GARLAND");
		rule("toys", "TOY|GAME|PUZZLE|DOLL|SKITTLES|DOMINO|TEDDY|INFLATABLE|JIGSAW|SPINNING TOP|PLAYING CARDS");
		rule("garden", "GARDEN|PLANT|POT|BIRD|WATERING|HERB|PLANTER|BIRDHOUSE");
		rule("jewellery", "NECKLACE|BRACELET|EARRINGS?|RING|HAIR|BROOCH|CHARM|HAIRCLIP|BANGLE");
		rule("decorations", "HEART|SIGN|FRAME|CLOCK|HOOK|CUSHION|DOORMAT|HANGER|ORNAMENT|DECORATION|WREATH|MIRROR|"
				+ "VASE|BOX|DOORSTOP|PHOTO|BUNNY|CHALKBOARD|PLAQUE|BLACKBOARD|DOOR");
	}

	private final Map<String, UUID> ids = new LinkedHashMap<>();

	private DemoCategories() {
	}

	private static void rule(String slug, String words) {
		RULES.put(slug, Pattern.compile("\\b(" + words + ")S?\\b"));
	}

	/**
	 * The demo tree, made in the catalog where a slug is missing.
	 * @param tree the catalog's category tree
	 * @return the demo categories by slug
	 */
	static DemoCategories in(CategoryTree tree) {
		DemoCategories categories = new DemoCategories();
		for (List<String> category : TREE) {
			String slug = category.get(0);
			@Nullable UUID parent = category.get(2).isEmpty() ? null : categories.ids.get(category.get(2));
			UUID id = tree.idOf(slug)
				.orElseGet(() -> tree.create(new CategoryRequest(category.get(1), slug, parent)).id());
			categories.ids.put(slug, id);
		}
		return categories;
	}

	/**
	 * The category a product of this name belongs in.
	 * @param name the product's name
	 * @return the category's id
	 */
	UUID of(String name) {
		return this.ids.get(slugOf(name));
	}

	/**
	 * The slug of the category a product of this name belongs in.
	 * @param name the product's name
	 * @return the slug
	 */
	static String slugOf(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		for (Map.Entry<String, Pattern> rule : RULES.entrySet()) {
			if (rule.getValue().matcher(upper).find()) {
				return rule.getKey();
			}
		}
		return "other";
	}

}
