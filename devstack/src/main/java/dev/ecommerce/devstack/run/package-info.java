/**
 * What a running stack leaves on disk for the {@code shop} script and for {@code status}:
 * pid files and its state, plus the progress lines it prints.
 */
@NullMarked
package dev.ecommerce.devstack.run;

import org.jspecify.annotations.NullMarked;
