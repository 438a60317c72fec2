package dev.ecommerce.platform.events;

/**
 * The test application's event.
 *
 * @param name the thing's new name
 * @param number where it comes in a series of renames
 */
public record ThingRenamed(String name, int number) {

}
