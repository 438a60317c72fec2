/**
 * Training in the background, on a schedule and on an admin's request; each training's
 * models stored as a new version, the newest served.
 */
@NullMarked
package dev.ecommerce.recommendation.training;

import org.jspecify.annotations.NullMarked;
